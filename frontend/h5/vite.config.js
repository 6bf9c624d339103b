import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The ASP.NET Core host serves the built files at /h5/ from its wwwroot.
const apiTarget = process.env.ENROLLMENT_API_URL ?? 'http://localhost:5080'

export default defineConfig({
  base: '/h5/',
  plugins: [vue()],
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
  },
})
