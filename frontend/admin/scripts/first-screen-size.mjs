// Gzipped JavaScript (and CSS) a browser loads for the first screens of the built admin SPA, from Vite's
// manifest: the entry with its static imports, plus each screen's lazy chunk and its static imports.
//   npm run build -w admin && node admin/scripts/first-screen-size.mjs
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const out = fileURLToPath(new URL('../../../src/Host/Enrollment.Host/wwwroot/admin/', import.meta.url))
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'))
const gz = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    closure(manifest[key].imports ?? [], seen)
  }
  return seen
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
const screens = {
  '登录 (sign-in, the first screen)': ['src/views/LoginView.vue'],
  '审核工作台 (after sign-in)': ['src/layouts/AppShell.vue', 'src/views/review/QueueView.vue'],
  '统计 (ECharts)': ['src/layouts/AppShell.vue', 'src/views/DashboardView.vue'],
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
for (const [name, views] of Object.entries(screens)) {
  const chunks = closure([entry, ...views])
  let js = 0
  let css = 0
  for (const key of chunks) {
    js += gz(manifest[key].file)
    for (const file of manifest[key].css ?? []) css += gz(file)
  }
  console.log(`${name}: JS ${kb(js)} gzipped, CSS ${kb(css)} gzipped (${chunks.size} chunks)`)
}
