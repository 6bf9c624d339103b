import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'

// The ASP.NET Core host serves the built files at /h5/ from its wwwroot.
const apiTarget = process.env.ENROLLMENT_API_URL ?? 'http://localhost:5080'

export default defineConfig({
  base: '/h5/',
  // Vant components are imported per component (with their own CSS) where a template uses them.
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: 'src/components.d.ts' })],
  build: {
    outDir: fileURLToPath(new URL('../../src/Host/Enrollment.Host/wwwroot/h5', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/_wechat-sim': apiTarget,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
