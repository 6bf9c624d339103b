import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authorizeAs, newOpenId, openBrowser, skipReason, suite } from './browser.js'

describe.skipIf(skipReason)(suite('parent: first visit, 平台协议, 信息采集'), () => {
  let browser
  beforeAll(async () => { browser = await openBrowser() })
  afterAll(async () => { await browser?.close() })

  it('signs in through WeChat, must read the agreement for 30 s, then starts an application', async () => {
    const { page } = browser
    await page.goto('/h5/')
    await page.getByRole('button', { name: '信息采集' }).click()

    await authorizeAs(page, newOpenId('agreement'))

    await page.waitForURL(/\/h5\/#\/agreement\?returnTo=%2Fapply$/)
    await expect.poll(() => page.locator('[data-test="agreement-text"]').textContent()).toBeTruthy()
    const accept = page.locator('[data-test="accept"]')
    expect(await accept.textContent()).toMatch(/请阅读协议（(\d+)秒）/)
    expect(await accept.isDisabled()).toBe(true)
    const first = Number(/（(\d+)秒）/.exec(await accept.textContent())[1])
    expect(first).toBeGreaterThan(20)

    // The real 30 s: the server refuses an earlier acceptance, so the page must not allow one.
    await page.waitForFunction(() => /（\d+秒）/.test(document.querySelector('[data-test="accept"]').textContent)
      && Number(/（(\d+)秒）/.exec(document.querySelector('[data-test="accept"]').textContent)[1]) < 28)
    expect(await accept.isDisabled()).toBe(true)
    await expect.poll(() => accept.textContent(), { timeout: 40_000, interval: 500 }).toBe('我已阅读并继续')
    expect(await accept.isEnabled()).toBe(true)
    await accept.click()

    // Polled rather than waitForURL: the hash change right after the click was sometimes missed by
    // waitForURL (timed out on #/apply with the page already there, when admin.test.js had run first).
    await expect.poll(() => page.url()).toMatch(/\/h5\/#\/apply$/)
    await page.getByText('幼儿园毕业生').click()
    await page.getByRole('button', { name: '下一步' }).click()
    await page.waitForURL(/\/h5\/#\/apply\/[^/]+\/student$/)
    expect(await page.locator('h1').textContent()).toBe('学生基本信息')
  })
})
