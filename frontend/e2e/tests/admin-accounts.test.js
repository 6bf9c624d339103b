import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, openBrowser, skipReason, suite } from './browser.js'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The integrator's token request, as another system would send it (RFC 6749 client credentials). */
const requestToken = (clientId, clientSecret) =>
  fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  })

async function signIn(page, userName, password) {
  await page.goto('/admin/')
  await page.locator('#userName').fill(userName)
  await page.locator('#password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.locator('[data-test="staff"]').waitFor()
}

describe.skipIf(skipReason)(suite('admin: 人员管理 and 接口客户端'), () => {
  let admin
  beforeAll(async () => {
    admin = await openBrowser()
    await admin.page.setViewportSize({ width: 1280, height: 800 })
    admin.page.on('dialog', (dialog) => dialog.accept())
    await signIn(admin.page, 'admin', 'Admin#2024')
  })
  afterAll(async () => { await admin?.close() })

  it('creates a 学校审核员 for one school, who signs in to a shell without the admin menus', async () => {
    const { page } = admin
    const userName = `e2e.reviewer.${unique()}`
    const password = 'Review#E2E-2027'

    await page.getByRole('button', { name: '人员管理' }).click()
    await page.locator('[data-test="staff-list"]').waitFor()
    await page.locator('#staff-userName').fill(userName)
    await page.locator('#staff-displayName').fill('端到端审核员')
    await page.locator('#staff-password').fill(password)
    await page.locator('#staff-role').selectOption('SchoolReviewer')
    await page.locator('[data-test="schools"]').getByLabel('登封市实验小学').check()
    await page.getByRole('button', { name: '创建' }).click()
    await page.getByRole('status').waitFor()
    expect(await page.getByRole('status').textContent()).toBe(`已创建「${userName}」`)
    const row = page.locator(`[data-test="staff-list"] tr[data-user="${userName}"]`)
    expect(await row.locator('td').allTextContents()).toEqual([userName, '端到端审核员', '学校审核员', '登封市实验小学', '正常', expect.any(String)])

    // A fresh browser: another profile, so none of the admin's cookies.
    const reviewer = await openBrowser()
    try {
      await reviewer.page.setViewportSize({ width: 1280, height: 800 })
      await signIn(reviewer.page, userName, password)
      expect(await reviewer.page.locator('[data-test="staff"]').textContent()).toBe('端到端审核员（学校审核员）')
      const menu = await reviewer.page.locator('nav button').allTextContents()
      expect(menu).toContain('审核队列')
      for (const adminOnly of ['平台协议', '人员管理', '接口客户端']) expect(menu).not.toContain(adminOnly)
    } finally {
      await reviewer.close()
    }
  })

  it('creates a client whose secret gets a token once shown, and revokes it so that it gets none', async () => {
    const { page } = admin
    const name = `E2E 对接系统 ${unique()}`

    await page.getByRole('button', { name: '接口客户端' }).click()
    await page.locator('[data-test="clients"]').waitFor()
    await page.locator('#client-name').fill(name)
    await page.getByRole('button', { name: '创建' }).click()
    await page.locator('[data-test="client-secret"]').waitFor()
    expect(await page.locator('[data-test="secret-warning"]').textContent()).toContain('只显示这一次')
    const clientId = await page.locator('[data-test="client-id"]').inputValue()
    const clientSecret = await page.locator('[data-test="client-secret"]').inputValue()
    expect(clientId).toMatch(/^cli_/)
    expect(clientSecret.length).toBeGreaterThan(20)

    const granted = await requestToken(clientId, clientSecret)
    expect(granted.status).toBe(200)
    const token = await granted.json()
    expect(token).toMatchObject({ token_type: 'Bearer', scope: 'applications:read' })
    const me = await fetch(`${baseUrl}/api/v1/integration/me`, { headers: { Authorization: `Bearer ${token.access_token}` } })
    expect(await me.json()).toEqual({ clientId, scopes: ['applications:read'] })

    await page.locator('[data-test="close-secret"]').click()
    expect(await page.locator('[data-test="client-secret"]').count()).toBe(0)
    const row = page.locator(`[data-test="clients"] tr[data-client="${clientId}"]`)
    await row.locator('[data-test="revoke"]').click()
    await expect.poll(() => row.textContent()).toContain('已吊销')

    const refused = await requestToken(clientId, clientSecret)
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ error: 'invalid_client' })
    // The token issued before is refused as well.
    const revokedMe = await fetch(`${baseUrl}/api/v1/integration/me`, { headers: { Authorization: `Bearer ${token.access_token}` } })
    expect(revokedMe.status).toBe(401)
  })
})
