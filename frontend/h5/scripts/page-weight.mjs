// Gzipped JavaScript the home page loads (docs/benchmarks.md, issue 14: < 200 KB): the entry chunk
// and the static imports of HomePage, followed through the built files. Run after `npm run build -w h5`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dir = fileURLToPath(new URL('../../../src/Host/Enrollment.Host/wwwroot/h5/assets', import.meta.url))
const files = readdirSync(dir)
const find = (prefix) => files.find((f) => f.startsWith(prefix) && f.endsWith('.js'))
const seen = new Set()
function walk(file) {
  if (seen.has(file)) return
  seen.add(file)
  const text = readFileSync(join(dir, file), 'utf8')
  for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) walk(m[1])
}
walk(find('index-'))
walk(find('HomePage-'))
let raw = 0
let gzip = 0
for (const file of seen) {
  const bytes = readFileSync(join(dir, file))
  const packed = gzipSync(bytes, { level: 9 }).length
  raw += bytes.length
  gzip += packed
  console.log(`${file.padEnd(32)} ${String(bytes.length).padStart(8)} B  gzip ${String(packed).padStart(7)} B`)
}
console.log(`home page JavaScript: ${seen.size} files, ${raw} B, gzip ${gzip} B (${(gzip / 1024).toFixed(1)} KB; budget 200 KB)`)
if (gzip > 200 * 1024) process.exit(1)
