// Debian's Chromium driven by playwright-core: no browser downloads, a fresh profile per test file.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
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

/** WeChat's in-app browser on an Android phone (what parents open the H5 page in). */
export const WECHAT_USER_AGENT = 'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260183 MMWEBSDK/20240404 MMWEBID/1234 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64'

/** Options for a phone: 375×667 (iPhone SE size) in WeChat's browser. */
export const PHONE = { viewport: { width: 375, height: 667 }, userAgent: WECHAT_USER_AGENT, isMobile: true, hasTouch: true }

export async function openBrowser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'enrollment-e2e-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: ARGS,
    baseURL: baseUrl,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    ...options,
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

/** Screenshots of a run, under artifacts/screenshots/<folder>/ at the repository root. */
export function screenshots(folder) {
  const dir = join(fileURLToPath(new URL('../../..', import.meta.url)), 'artifacts', 'screenshots', folder)
  rmSync(dir, { recursive: true, force: true }) // only this run's pictures, numbered in order
  mkdirSync(dir, { recursive: true })
  let n = 0
  return async (page, name) => {
    n += 1
    await page.waitForTimeout(350) // let Vant's transitions and toasts settle
    await page.screenshot({ path: join(dir, `${String(n).padStart(2, '0')}-${name}.png`), fullPage: true })
  }
}
