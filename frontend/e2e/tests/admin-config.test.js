// The district admin's configuration in the admin SPA at 1440×900: sign-in (wrong password first), a
// season with its policy parameters stated in words, schools and classes by .xlsx import (per-row errors
// first), a 学校审核员 for the imported school who sees no configuration, an integrator client whose
// secret is shown once, the social-insurance import followed to its end (refused rows with their row
// number), a 平台协议 version; a screenshot of every configuration screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, skipReason, suite } from './browser.js'
import { choose, confirmBox, openStaffBrowser, residentId, shots, signIn, unique } from './staff.js'
import { xlsx } from './xlsx.js'

const shot = shots('admin-config')
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const requestToken = (clientId, clientSecret) =>
  fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  })

describe.skipIf(skipReason)(suite('admin: configuration screens'), () => {
  let admin
  beforeAll(async () => { admin = await openStaffBrowser() })
  afterAll(async () => { await admin?.close() })

  it('refuses a wrong password with the server\'s message, then signs in to the admin menus', async () => {
    const { page } = admin
    await page.goto('/admin/')
    await page.locator('#userName').fill('admin')
    await page.locator('#password').fill('wrong-password')
    await page.getByRole('button', { name: '登录' }).click()
    await page.locator('[data-test="login-error"]').waitFor()
    expect(await page.locator('[data-test="login-error"]').textContent()).toContain('用户名或密码错误')
    await shot(page, 'login-failed')

    await page.locator('#password').fill('Admin#2024')
    await page.getByRole('button', { name: '登录' }).click()
    await page.locator('[data-test="staff"]').waitFor()
    expect(await page.locator('[data-test="staff"]').textContent()).toContain('教育局管理员')
    expect(await page.locator('[data-test="health"]').textContent()).toBe('系统正常')
    const menu = await page.locator('.el-aside .el-menu-item').allTextContents()
    expect(menu).toEqual(['审核工作台', '统计', '审计日志', '家长通知', '招生季', '学校与班级', '家长必读', '平台协议', '退回原因', '人员管理', '接口客户端', '接口推送', '数据保留', '社保数据导入', '行政区划导入'])
  })

  it('creates a season whose age windows and insurance months are stated in words before saving; a reload keeps the screen', async () => {
    const { page } = admin
    await page.locator('.el-menu-item', { hasText: '招生季' }).click()
    await page.waitForURL(/#\/config\/seasons$/)
    await page.locator('[data-test="seasons"] .el-table__row').first().waitFor()
    await page.locator('[data-test="season-new"]').click()
    const dialog = page.locator('[data-test="season-dialog"]')
    await dialog.locator('#season-year').fill('2031')
    await dialog.locator('#season-name').fill('登封市2031年义务教育新生入学信息采集（端到端）')
    await dialog.locator('#season-opens').fill('2030-09-01 08:00:00')
    await dialog.locator('#season-opens').press('Enter')
    await dialog.locator('#season-closes').fill('2031-08-31 18:00:00')
    await dialog.locator('#season-closes').press('Enter')
    // Cut-off day of both windows: 31 August 2031.
    const cutOffs = dialog.getByPlaceholder('计算日期')
    for (const i of [0, 1]) {
      await cutOffs.nth(i).fill('2031-08-31')
      await cutOffs.nth(i).press('Enter')
    }
    await dialog.getByPlaceholder('起始月份').fill('2031-02')
    await dialog.getByPlaceholder('起始月份').press('Enter')
    await dialog.getByPlaceholder('截止月份').fill('2031-06')
    await dialog.getByPlaceholder('截止月份').press('Enter')
    await dialog.locator('.el-dialog__title').click() // close any picker still open
    expect(await dialog.locator('[data-test="words-primaryEntry"]').textContent()).toBe('2031年8月31日满6周岁且未满7周岁：出生日期在2024年9月1日至2025年8月31日之间（含）')
    expect(await dialog.locator('[data-test="words-juniorMiddleEntry"]').textContent()).toBe('2031年8月31日满12周岁且未满13周岁：出生日期在2018年9月1日至2019年8月31日之间（含）')
    expect(await dialog.locator('[data-test="words-insurance"]').textContent()).toBe('2031年2月至2031年6月连续缴纳职工社保（不含居民医保），共5个月')
    await shot(page, 'season-form')
    await dialog.locator('[data-test="season-save"]').click()
    const row = page.locator('[data-test="seasons"] .el-table__row', { hasText: '2031年义务教育新生入学信息采集（端到端）' })
    await row.waitFor()
    expect(await row.textContent()).toContain('2031年2月至2031年6月连续缴纳职工社保')
    await page.reload()
    await row.waitFor()
    expect(page.url()).toMatch(/#\/config\/seasons$/)
    await shot(page, 'seasons')
  })

  it('imports schools and classes from .xlsx: a file with a wrong row is refused row by row, the fixed one imported', async () => {
    const { page } = admin
    await page.locator('.el-menu-item', { hasText: '学校与班级' }).click()
    await page.locator('[data-test="schools"] .el-table__row').first().waitFor()
    const school = `端到端实验小学${unique()}`
    const header = ['学校类型', '学校名称', '班级名称']
    const input = page.locator('[data-test="school-import"] input[type="file"]')

    await input.setInputFiles({ name: '学校-有误.xlsx', mimeType: XLSX, buffer: xlsx([header, ['小学', school, '六（1）班'], ['中学', school, '六（2）班']]) })
    await page.locator('[data-test="import-run"]').click()
    await page.locator('[data-test="import-errors"]').waitFor()
    expect(await page.locator('[data-test="import-errors"] .el-table__row').allTextContents()).toEqual(['3学校类型应为“幼儿园”或“小学”'])
    await shot(page, 'schools-import-errors')

    await input.setInputFiles({ name: '学校.xlsx', mimeType: XLSX, buffer: xlsx([header, ['小学', school, '六（1）班'], ['小学', school, '六（2）班']]) })
    await page.locator('[data-test="import-run"]').click()
    await page.locator('[data-test="import-result"]').waitFor()
    expect(await page.locator('[data-test="import-result"]').textContent()).toContain('新增学校 1 所，班级 2 个')
    const row = page.locator('[data-test="schools"] .school-name', { hasText: school }).locator('xpath=ancestor::tr[1]')
    await row.waitFor()
    expect(await row.locator('.el-tag').allTextContents()).toEqual(['六（1）班', '六（2）班'])
    await shot(page, 'schools')

    // A 学校审核员 of that school (人员管理), who signs in to the workbench only.
    await page.locator('.el-menu-item', { hasText: '人员管理' }).click()
    await page.locator('[data-test="staff-list"] .el-table__row').first().waitFor()
    await page.locator('[data-test="staff-new"]').click()
    const userName = `e2e.reviewer.${unique()}`
    await page.locator('#staff-userName').fill(userName)
    await page.locator('#staff-displayName').fill('端到端审核员')
    await page.locator('#staff-password').fill('Review#E2E-2027')
    await page.locator('.el-dialog').getByText('学校审核员', { exact: true }).click()
    await choose(page, page.locator('[data-test="staff-schools"]'), school)
    await page.locator('.el-dialog__title').click()
    await shot(page, 'staff-form')
    await page.locator('[data-test="staff-save"]').click()
    const staffRow = page.locator('[data-test="staff-list"] .el-table__row', { hasText: userName })
    await staffRow.waitFor()
    expect(await staffRow.textContent()).toContain(school)
    await shot(page, 'staff')

    const reviewer = await openStaffBrowser()
    try {
      await signIn(reviewer.page, userName, 'Review#E2E-2027')
      expect(await reviewer.page.locator('.el-aside .el-menu-item').allTextContents()).toEqual(['审核工作台'])
      // A configuration URL typed by hand goes back to the workbench.
      await reviewer.page.goto('/admin/#/config/staff')
      await reviewer.page.waitForURL(/#\/review$/)
    } finally {
      await reviewer.close()
    }
  })

  it('shows a new client\'s secret once; it gets a token until revoked', async () => {
    const { page } = admin
    await page.locator('.el-menu-item', { hasText: '接口客户端' }).click()
    await page.locator('#client-name').fill(`E2E 学籍系统 ${unique()}`)
    await page.getByRole('button', { name: '创建' }).click()
    await page.locator('[data-test="client-secret"]').waitFor()
    await shot(page, 'clients-secret')
    const text = await page.locator('[data-test="client-secret"]').textContent()
    const clientId = /client_id：\s*(\S+)/.exec(text)[1]
    const secret = await page.locator('[data-test="secret-value"]').textContent()
    expect((await requestToken(clientId, secret)).status).toBe(200)
    await page.getByRole('button', { name: '我已保存，关闭' }).click()
    expect(await page.locator('[data-test="client-secret"]').count()).toBe(0)
    const row = page.locator('[data-test="clients"] .el-table__row', { hasText: clientId })
    await row.getByRole('button', { name: '吊销' }).click()
    await confirmBox(page, '吊销')
    await expect.poll(() => row.textContent()).toContain('已吊销')
    expect((await requestToken(clientId, secret)).status).toBe(401)
  })

  it('imports the bureau\'s social-insurance export in the background and shows what it refused, row by row; a reload keeps it', async () => {
    const { page } = admin
    await page.locator('.el-menu-item', { hasText: '社保数据导入' }).click()
    await page.waitForURL(/#\/config\/social-insurance$/)
    const worker = residentId('1989-06-01')
    const csv = [
      '身份证号,姓名,险种类型,缴费月份,单位名称',
      `${worker},李娜,职工,2024-02,登封市嵩阳商贸有限公司`,
      `${worker},李娜,职工,2024-03,登封市嵩阳商贸有限公司`,
      `${worker},李娜,职工,2024-04,登封市嵩阳商贸有限公司`,
      `${worker},李娜,职工,2024-13,登封市嵩阳商贸有限公司`,
    ].join('\n')
    await page.locator('.el-upload input[type="file"]').setInputFiles({ name: `社保缴费明细-${unique()}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await page.locator('[data-test="si-run"]').click()
    const progress = page.locator('[data-test="si-progress"]')
    await expect.poll(() => progress.getAttribute('data-status'), { timeout: 30_000 }).toBe('Completed')
    expect(await page.locator('[data-test="si-summary"]').textContent()).toBe('已读取 4 行：导入 3 行（新增 3 条），未导入 1 行')
    const refused = await page.locator('[data-test="si-refusals"] .el-table__row').allTextContents()
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatch(/^5\D/) // the header is row 1: the fourth record is row 5
    await shot(page, 'social-insurance-imported')
    await page.reload()
    await page.locator('[data-test="si-history"] .el-table__row').first().waitFor()
    expect(await page.locator('[data-test="si-history"] .el-table__row').first().textContent()).toContain('已完成')
  })

  it('publishes a 平台协议 version and shows the other screens', async () => {
    const { page } = admin
    await page.locator('.el-menu-item', { hasText: '平台协议' }).click()
    await page.locator('[data-test="agreements"] .el-table__row').first().waitFor()
    const before = await page.locator('[data-test="agreements"] .el-table__row').count()
    const title = `平台协议（E2E ${unique()}）`
    await page.locator('#agreement-title').fill(title)
    await page.locator('#agreement-text').fill('第一条 本协议用于端到端测试。\n第二条 家长须阅读30秒后方可同意。')
    await page.getByRole('button', { name: '发布' }).click()
    await confirmBox(page, '发布')
    await expect.poll(() => page.locator('[data-test="agreements"] .el-table__row').count()).toBe(before + 1)
    expect(await page.locator('[data-test="agreements"] .el-table__row').first().textContent()).toContain(title)
    await shot(page, 'agreements')

    // 数据保留: a dry run of an open season lists nothing and changes nothing; it can be cancelled.
    await page.locator('.el-menu-item', { hasText: '数据保留' }).click()
    await page.waitForURL(/#\/config\/retention$/)
    await page.locator('[data-test="plan-retention"]').click()
    const planned = page.locator('[data-test="retention-reports"] .el-table__row').first()
    await expect.poll(() => planned.textContent()).toContain('待执行')
    expect(await planned.textContent()).toContain('没有到期的报名信息，无需执行')
    await shot(page, 'retention')
    await planned.getByRole('button', { name: '取消' }).click()
    await expect.poll(() => page.locator('[data-test="retention-reports"] .el-table__row').first().textContent()).toContain('已取消')

    for (const [label, path] of [['家长必读', 'config/articles'], ['退回原因', 'config/return-reasons'], ['社保数据导入', 'config/social-insurance'], ['行政区划导入', 'config/regions'], ['审计日志', 'audit'], ['统计', 'dashboard']]) {
      await page.locator('.el-menu-item', { hasText: label }).click()
      await page.waitForURL(new RegExp(`#/${path}$`))
      await page.locator('.el-loading-mask').waitFor({ state: 'detached' }).catch(() => {})
      await shot(page, path.replace('config/', ''))
    }

    await page.locator('[data-test="logout"]').click()
    await page.locator('#password').waitFor()
    expect(await page.locator('[data-test="staff"]').count()).toBe(0)
  })
})
