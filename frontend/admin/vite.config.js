import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The ASP.NET Core host serves the built files at /admin/ from its wwwroot.
const apiTarget = process.env.ENROLLMENT_API_URL ?? 'http://localhost:5080'

export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('../../src/Host/Enrollment.Host/wwwroot/admin', import.meta.url)),
    emptyOutDir: true,
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
  },
})
