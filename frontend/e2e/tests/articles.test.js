import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser, screenshots, skipReason, suite } from './browser.js'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

describe.skipIf(skipReason)(suite('家长必读: the admin publishes, an anonymous visitor reads'), () => {
  let admin
  let visitor
  beforeAll(async () => {
    admin = await openBrowser()
    await admin.page.setViewportSize({ width: 1440, height: 900 })
    visitor = await openBrowser()
  })
  afterAll(async () => {
    await admin?.close()
    await visitor?.close()
  })

  it('an article published in the admin SPA is listed and read on /h5/ without signing in', async () => {
    const title = `端到端文章${unique()}`
    const body = '问：提示“此学生信息已经登记”怎么办？\n答：说明此学生信息已经采集，请在毕业生列表中查看。'

    // The district admin writes and publishes it.
    const { page } = admin
    await page.goto('/admin/')
    await page.locator('#userName').fill('admin')
    await page.locator('#password').fill('Admin#2024')
    await page.getByRole('button', { name: '登录' }).click()
    await page.locator('[data-test="staff"]').waitFor()
    await page.locator('.el-menu-item', { hasText: '家长必读' }).click()
    await page.locator('[data-test="articles"]').waitFor()
    await page.locator('[data-test="article-new"]').click()
    await page.locator('#article-title').fill(title)
    await page.locator('#article-body').fill(body)
    await page.locator('[data-test="article-save"]').click()
    const row = page.locator('[data-test="articles"] .el-table__row', { hasText: title })
    await row.waitFor()
    expect(await row.locator('.el-tag').textContent()).toBe('已发布')

    // A visitor who has never signed in opens the H5 page and taps 家长必读.
    const h5 = visitor.page
    await h5.goto('/h5/')
    const menu = await h5.locator('.menu .van-cell__title > span').allTextContents()
    expect(menu[0]).toBe('家长必读')
    await h5.getByText('家长必读', { exact: true }).click()
    const link = h5.locator('[data-test="article"]', { hasText: title })
    await link.waitFor()
    const shoot = screenshots('h5-articles')
    await shoot(h5, 'articles')
    expect(await link.textContent()).toContain('此学生信息已经登记')
    await link.click()
    await h5.locator('[data-test="body"]').waitFor()
    await shoot(h5, 'article')
    expect(await h5.locator('.article h1').textContent()).toBe(title)
    expect(await h5.locator('[data-test="body"]').textContent()).toBe(body)
    // Paragraphs are kept: the text is laid out on more than one line.
    expect(await h5.locator('[data-test="body"]').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap')
    expect(h5.url()).toContain('/h5/')
    expect(h5.url()).not.toContain('_wechat-sim')

    // Clean up: the admin deletes it (after the confirmation).
    await row.locator('[data-test="delete"]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '删除' }).click()
    await row.waitFor({ state: 'detached' })
  })
})
