#!/usr/bin/env node
// Counts the skipped tests of one ./test.sh run by reason, from the TRX reports (.NET) and Vitest's
// JSON reports under the given results folder, and prints one line:
//   skipped by reason: 88 × SQL Server: No Docker engine answers …; 2 × (no reason given)
// With CI=true only SQL Server may skip (no Docker engine on this kind of machine): any other skip
// is printed with its reason and the exit code is 1.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const results = process.argv[2]
const skips = [] // { test, reason, sqlServer }

const decode = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

const dotnet = join(results, 'dotnet')
if (existsSync(dotnet)) {
  for (const file of readdirSync(dotnet).filter((f) => f.endsWith('.trx'))) {
    const trx = readFileSync(join(dotnet, file), 'utf8')
    for (const match of trx.matchAll(/<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="NotExecuted"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)) {
      const test = decode(match[1])
      const message = /<Message>([\s\S]*?)<\/Message>/.exec(match[2])
      const reason = message ? decode(message[1]).trim() : '(no reason given)'
      skips.push({ test, reason, sqlServer: /_SqlServer\./.test(test) || /SQL Server|Docker/.test(reason) })
    }
  }
}

for (const file of existsSync(results) ? readdirSync(results).filter((f) => /^vitest-.*\.json$/.test(f)) : []) {
  const report = JSON.parse(readFileSync(join(results, file), 'utf8'))
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (!['pending', 'skipped', 'todo'].includes(test.status)) continue
      // The e2e suites carry their reason in the title: "… — SKIPPED: <reason>" (frontend/e2e/tests/browser.js).
      const titled = (test.ancestorTitles ?? []).map((t) => /SKIPPED: (.*)$/.exec(t)?.[1]).find(Boolean)
      skips.push({ test: `${file}: ${test.fullName}`, reason: titled ?? '(no reason given)', sqlServer: false })
    }
  }
}

const byReason = new Map()
for (const skip of skips) {
  const key = skip.sqlServer ? `SQL Server: ${skip.reason}` : skip.reason
  byReason.set(key, (byReason.get(key) ?? 0) + 1)
}

const line = [...byReason.entries()].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${count} × ${reason}`).join('; ')
console.log(`skipped by reason: ${line || 'none'}`)

if (process.env.CI === 'true') {
  const refused = skips.filter((s) => !s.sqlServer)
  if (refused.length > 0) {
    console.error(`CI=true: ${refused.length} test(s) skipped for a reason other than SQL Server's missing Docker engine; CI fails instead of skipping them:`)
    for (const [reason, count] of new Map(refused.map((s) => [s.reason, refused.filter((r) => r.reason === s.reason).length]))) {
      console.error(`  ${count} × ${reason}`)
    }
    process.exit(1)
  }
}
