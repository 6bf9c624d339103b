#!/usr/bin/env node
// Names every failed test of one ./test.sh run, with the first lines of its message, from the TRX
// reports (.NET) and Vitest's JSON reports under the given results folder. test.sh prints this just
// above the totals line, so that a CI log that keeps only its tail still says what failed.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const results = process.argv[2]
const failures = [] // { test, message }
const decode = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

const dotnet = join(results, 'dotnet')
if (existsSync(dotnet)) {
  for (const file of readdirSync(dotnet).filter((f) => f.endsWith('.trx'))) {
    const trx = readFileSync(join(dotnet, file), 'utf8')
    for (const match of trx.matchAll(/<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="Failed"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)) {
      const message = /<Message>([\s\S]*?)<\/Message>/.exec(match[2])
      failures.push({ test: decode(match[1]), message: message ? decode(message[1]) : '' })
    }
  }
}
for (const file of existsSync(results) ? readdirSync(results).filter((f) => /^vitest-.*\.json$/.test(f)) : []) {
  const report = JSON.parse(readFileSync(join(results, file), 'utf8'))
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'failed') failures.push({ test: `${file}: ${test.fullName}`, message: (test.failureMessages ?? []).join('\n') })
    }
    // A suite that failed to load has no assertion results, only its message.
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).length) failures.push({ test: `${file}: ${suite.name}`, message: suite.message ?? '' })
  }
}

if (failures.length > 0) {
  console.log(`failed tests (${failures.length}):`)
  for (const { test, message } of failures) {
    console.log(`  ✗ ${test}`)
    for (const line of message.trim().split('\n').slice(0, 6)) console.log(`      ${line.slice(0, 300)}`)
  }
}
