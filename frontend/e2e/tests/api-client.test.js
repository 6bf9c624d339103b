// The API client in shared/src/api is generated from the host's OpenAPI document and committed; this
// fails when what is committed differs from what the running host's document generates today
// (fix: `npm run generate -w shared`, commit the result).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientDir, fetchDocument, generateClient } from '../../shared/scripts/generate-client.mjs'
import { baseUrl, skipReason, suite } from './browser.js'

function files(dir) {
  const out = {}
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return out
}

describe.skipIf(skipReason)(suite('shared API client'), () => {
  it('the committed client is what the running host\'s OpenAPI document generates', async () => {
    const out = mkdtempSync(join(tmpdir(), 'enrollment-client-'))
    try {
      await generateClient(await fetchDocument(baseUrl), out)
      const generated = files(out)
      const committed = files(clientDir)
      expect(Object.keys(committed).sort(), 'files of shared/src/api (run `npm run generate -w shared`)').toEqual(Object.keys(generated).sort())
      for (const [name, text] of Object.entries(generated)) {
        expect(committed[name], `shared/src/api/${name} is stale: run \`npm run generate -w shared\` and commit`).toBe(text)
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 120_000)
})
