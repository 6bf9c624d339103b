import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The ASP.NET Core host serves the built files at /admin/ from its wwwroot.
const apiTarget = process.env.ENROLLMENT_API_URL ?? 'http://localhost:5080'

export default defineConfig({
  base: '/admin/',
  plugins: [
    vue(),
    // Element Plus per component: each <el-…> used in a template imports that component and its CSS only.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'src/components.d.ts' }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../src/Host/Enrollment.Host/wwwroot/admin', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json: scripts/first-screen-size.mjs measures the first screen from it.
    manifest: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5174,
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
