// Debian's Chromium driven by playwright-core: no browser downloads, a fresh profile per test file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { inject } from 'vitest'

export const skipReason = inject('skipReason')
export const baseUrl = inject('baseUrl')

/** A suite's title; when skipped, with the reason, so that the reports say why. */
export const suite = (title) => (skipReason ? `${title} — SKIPPED: ${skipReason}` : title)

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]

export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'enrollment-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: ARGS,
    baseURL: baseUrl,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
  })
  context.setDefaultTimeout(15_000)
  const page = context.pages()[0] ?? await context.newPage()
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {})
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export const newOpenId = (label) => `o-e2e-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** On the simulator's authorize page: type the openid and press 同意授权, as a parent would. */
export async function authorizeAs(page, openId) {
  await page.waitForURL(/\/_wechat-sim\/connect\/oauth2\/authorize/)
  await page.locator('input[name="openid"]').fill(openId)
  await page.getByRole('button', { name: '同意授权' }).click()
}
