// Vitest global setup: starts the real host (built by `dotnet build Enrollment.sln`, serving the front
// ends that `npm run build` put into its wwwroot) on a free port with a throwaway SQLite folder, and
// stops it afterwards. Builds nothing itself. Without Chromium the scenarios are skipped, not failed.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
const project = join(repo, 'src/Host/Enrollment.Host')
const hostDll = join(project, 'bin/Debug/net10.0/Enrollment.Host.dll')
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.unref()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

async function waitUntilReady(url, host, log, seconds = 90) {
  for (let i = 0; i < seconds * 2; i++) {
    if (host.exitCode !== null) throw new Error(`The host stopped during start-up (exit ${host.exitCode}):\n${log.join('').slice(-4000)}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The host did not answer ${url} within ${seconds} s:\n${log.join('').slice(-4000)}`)
}

/**
 * Starts the built host (Development, throwaway SQLite folder) on a free port of 127.0.0.1 and
 * answers `{ baseUrl, stop }`. Also used by `shared/scripts/generate-client.mjs` to read the
 * OpenAPI document the host serves.
 */
export async function startHost() {
  if (!existsSync(hostDll)) throw new Error(`${hostDll} is missing; run \`dotnet build Enrollment.sln\` first`)
  const port = await freePort()
  const data = mkdtempSync(join(tmpdir(), 'enrollment-e2e-'))
  const baseUrl = `http://127.0.0.1:${port}`
  const log = []
  // The content root is the project folder: appsettings*.json and the wwwroot the front ends were built into.
  const host = spawn('dotnet', [hostDll, '--contentRoot', project], {
    cwd: project,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ASPNETCORE_URLS: baseUrl,
      Database__Provider: 'Sqlite',
      Database__ConnectionString: `Data Source=${join(data, 'enrollment.db')}`,
      Jobs__SqlitePath: join(data, 'enrollment.jobs.db'),
      // Certificate photos the scenarios upload go with the rest of the throwaway data, not into the source tree.
      Evidence__Files__Root: join(data, 'evidence-files'),
      // The scenarios make their own applications; Development's demo applications would change the queues' counts.
      Review__DemoApplications__Enabled: 'false',
      DOTNET_NOLOGO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const keep = (chunk) => {
    log.push(chunk.toString())
    if (log.length > 400) log.splice(0, log.length - 400)
  }
  host.stdout.on('data', keep)
  host.stderr.on('data', keep)
  // An interrupted run (Ctrl-C) skips the teardown; the host must not outlive it.
  const killOnExit = () => host.kill('SIGKILL')
  process.once('exit', killOnExit)

  const stop = async () => {
    process.off('exit', killOnExit)
    if (host.exitCode === null) {
      host.kill('SIGTERM')
      await Promise.race([new Promise((r) => host.once('exit', r)), new Promise((r) => setTimeout(r, 10_000))])
      if (host.exitCode === null) host.kill('SIGKILL')
    }
    rmSync(data, { recursive: true, force: true })
  }

  try {
    await waitUntilReady(`${baseUrl}/health/ready`, host, log)
  } catch (e) {
    await stop()
    throw e
  }
  return { baseUrl, stop }
}

export default async function setup({ provide }) {
  if (!existsSync(chromiumPath)) {
    const reason = `${chromiumPath} not found (install Debian's chromium or set CHROMIUM_PATH)`
    console.warn(`e2e: SKIPPED — ${reason}`)
    provide('skipReason', reason)
    return
  }
  provide('skipReason', '')
  provide('chromiumPath', chromiumPath)
  for (const [file, hint] of [[hostDll, 'dotnet build Enrollment.sln'], [join(project, 'wwwroot/h5/index.html'), 'npm run build (frontend/)'], [join(project, 'wwwroot/admin/index.html'), 'npm run build (frontend/)']]) {
    if (!existsSync(file)) throw new Error(`e2e: ${file} is missing; run \`${hint}\` first`)
  }
  const { baseUrl, stop } = await startHost()
  provide('baseUrl', baseUrl)
  return stop
}
