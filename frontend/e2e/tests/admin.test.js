import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser, skipReason, suite } from './browser.js'

describe.skipIf(skipReason)(suite('admin: sign-in, 平台协议, 退出登录'), () => {
  let browser
  beforeAll(async () => {
    browser = await openBrowser()
    await browser.page.setViewportSize({ width: 1280, height: 800 })
  })
  afterAll(async () => { await browser?.close() })

  it('refuses a wrong password, signs in, publishes an agreement version and signs out', async () => {
    const { page } = browser
    page.on('dialog', (dialog) => dialog.accept())
    await page.goto('/admin/')

    await page.locator('#userName').fill('admin')
    await page.locator('#password').fill('wrong-password')
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toBe('用户名或密码错误')

    await page.locator('#password').fill('Admin#2024')
    await page.getByRole('button', { name: '登录' }).click()
    await page.locator('[data-test="staff"]').waitFor()
    expect(await page.locator('[data-test="staff"]').textContent()).toContain('教育局管理员')

    await page.getByRole('button', { name: '平台协议' }).click()
    await page.locator('[data-test="agreements"]').waitFor()
    const before = await page.locator('[data-test="agreements"] tbody tr').count()
    const title = `平台协议（E2E ${new Date().toISOString()}）`
    await page.locator('#agreement-title').fill(title)
    await page.locator('#agreement-text').fill('第一条 本协议用于端到端测试。\n第二条 家长须阅读30秒后方可同意。')
    await page.getByRole('button', { name: '发布' }).click()
    await page.getByRole('status').waitFor()
    expect(await page.getByRole('status').textContent()).toMatch(/^已发布第 \d+ 版$/)
    await expect.poll(() => page.locator('[data-test="agreements"] tbody tr').count()).toBe(before + 1)
    expect(await page.locator('[data-test="agreements"] tbody tr').first().textContent()).toContain(title)

    await page.locator('[data-test="logout"]').click()
    await page.locator('#password').waitFor()
    expect(await page.locator('[data-test="staff"]').count()).toBe(0)
  })
})
