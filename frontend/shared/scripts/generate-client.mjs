// Generates the typed API client (shared/src/api) from the OpenAPI document the host serves at
// /openapi/v1.json, with @hey-api/openapi-ts. Both front ends import it; it is committed, and
// e2e/tests/api-client.test.js fails when the committed files differ from what the running host's
// document generates (then run `npm run generate -w shared` and commit the result).
//
//   npm run generate -w shared                          # starts the built host (dotnet build first)
//   npm run generate -w shared -- --input http://localhost:5080/openapi/v1.json
//   npm run generate -w shared -- --input ./openapi.json
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const clientDir = resolve(fileURLToPath(new URL('../src/api', import.meta.url)))

/** What generation depends on: the document without `servers` (the host's port changes per run). */
export function normalize(document) {
  const { servers: _servers, ...rest } = document
  return rest
}

/** Writes the client generated from `document` (an OpenAPI object) into `outDir`. */
export async function generateClient(document, outDir = clientDir) {
  const { createClient } = await import('@hey-api/openapi-ts')
  const work = mkdtempSync(join(tmpdir(), 'enrollment-openapi-'))
  try {
    const input = join(work, 'openapi.json')
    writeFileSync(input, JSON.stringify(normalize(document), null, 2))
    await createClient({
      input,
      output: { path: outDir, clean: true },
      logs: { level: 'silent', file: false },
      plugins: ['@hey-api/client-fetch', '@hey-api/typescript', { name: '@hey-api/sdk' }],
    })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export async function fetchDocument(baseUrl) {
  const response = await fetch(`${baseUrl}/openapi/v1.json`)
  if (!response.ok) throw new Error(`GET ${baseUrl}/openapi/v1.json answered ${response.status}`)
  return response.json()
}

async function main() {
  const at = process.argv.indexOf('--input')
  const input = at > 0 ? process.argv[at + 1] : process.env.ENROLLMENT_OPENAPI_URL
  let document
  if (input && /^https?:/.test(input)) {
    const response = await fetch(input)
    if (!response.ok) throw new Error(`GET ${input} answered ${response.status}`)
    document = await response.json()
  } else if (input) {
    document = JSON.parse(readFileSync(input, 'utf8'))
  } else {
    const { startHost } = await import('../../e2e/host.js')
    const host = await startHost()
    try {
      document = await fetchDocument(host.baseUrl)
    } finally {
      await host.stop()
    }
  }
  await generateClient(document)
  console.log(`API client generated into ${clientDir}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
