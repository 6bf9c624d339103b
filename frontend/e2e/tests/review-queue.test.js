// 审核工作台 at 1440×900: two parents submit over HTTP (one shared 30 s wait for 平台协议); the admin finds
// both in the queue, masked, filters by resident ID (kept in the URL across a reload), opens the detail
// with its eleven pages, walks to the next application with the keyboard; a 学校审核员 of one school sees
// only that school's application and a 404 message for the other's detail; 导出 downloads the .xlsx of
// the current filter; 批量审核通过 of two rows, one of which was returned meanwhile, shows per-item results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipReason, suite } from './browser.js'
import { readFileSync } from 'node:fs'
import { adminClient, confirmBox, masked, openStaffBrowser, shots, signIn, submitApplication, unique } from './staff.js'
import { xlsxText } from './xlsx.js'

const shot = shots('admin-review-queue')
const row = (page, id) => page.locator(`[data-test="review-list"] .el-table__row:has([data-id="${id}"])`)
const rowIds = (page) => page.locator('[data-test="review-list"] [data-id]').evaluateAll((cells) => cells.map((c) => c.dataset.id))

describe.skipIf(skipReason)(suite('admin: 审核工作台 queue, detail and school scopes'), () => {
  let admin
  let browser
  beforeAll(async () => { admin = await adminClient() })
  afterAll(async () => {
    await admin?.context.dispose()
    await browser?.close()
  })

  it('shows the admin both applications masked, keeps the filter in the URL, and a 学校审核员 only their school\'s', async () => {
    const season = await admin.get('/api/v1/seasons/current')
    const schoolA = (await admin.get('/api/v1/schools?graduationType=PrimaryGraduate')).find((s) => s.name === '登封市实验小学')
    const schoolB = (await admin.get('/api/v1/schools?graduationType=KindergartenGraduate')).find((s) => s.name === '登封市直属机关幼儿园')
    const [classA] = await admin.get(`/api/v1/schools/${schoolA.id}/classes`)
    const [classB] = await admin.get(`/api/v1/schools/${schoolB.id}/classes`)
    const userName = `e2e.queue.${unique()}`
    const password = 'Review#E2E-2027'
    const [a, b] = await Promise.all([
      submitApplication({ label: 'queue-a', graduationType: 'PrimaryGraduate', school: schoolA, schoolClass: classA, window: season.juniorMiddleEntry, offsetDays: 40, studentName: '李小明' }),
      submitApplication({ label: 'queue-b', graduationType: 'KindergartenGraduate', school: schoolB, schoolClass: classB, window: season.primaryEntry, offsetDays: 100, studentName: '王小雨' }),
      admin.send('POST', '/api/v1/admin/staff', { userName, displayName: '队列审核员', password, role: 'SchoolReviewer', schoolIds: [schoolA.id] }),
    ])
    await Promise.all([a.parent.context.dispose(), b.parent.context.dispose()])

    browser = await openStaffBrowser()
    const { page } = browser
    await signIn(page, 'admin', 'Admin#2024')
    await row(page, b.id).waitFor()
    const cells = async (id) => (await row(page, id).locator('td').allTextContents()).map((t) => t.trim())
    expect(await cells(a.id)).toEqual(['', '李小明', masked(a.studentId), '小学毕业生', `登封市实验小学 ${classA.name}`, '138****2345', '审核中', expect.any(String)])
    expect(await cells(b.id)).toEqual(['', '王小雨', masked(b.studentId), '幼儿园毕业生', `登封市直属机关幼儿园 ${classB.name}`, '138****2345', '审核中', expect.any(String)])
    expect(await page.locator('[data-test="review-list"]').textContent()).not.toContain(a.studentId)
    await shot(page, 'queue')

    // A search by the full ID goes into the URL: a reload shows the same list.
    await page.locator('#review-q').fill(b.studentId)
    await page.getByRole('button', { name: '查询' }).click()
    await page.waitForURL(new RegExp(`q=${b.studentId}`))
    await expect.poll(() => rowIds(page)).toEqual([b.id])
    await page.reload()
    await row(page, b.id).waitFor()
    expect(await page.locator('#review-q').inputValue()).toBe(b.studentId)
    expect(await page.locator('[data-test="pager"] .el-pagination__total').textContent()).toBe('共 1 条')

    // 导出 Excel（当前筛选）: the .xlsx holds that one application (the admin sees it unmasked).
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="export"]').click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const exported = Object.values(xlsxText(readFileSync(await download.path()))).join('\n')
    expect(exported).toContain('王小雨')
    expect(exported).not.toContain('李小明')

    // The detail: the eleven pages, the phone masked; a reload keeps it; back returns to the searched list.
    await row(page, b.id).click()
    await page.locator('[data-test="page-guardians"]').waitFor()
    expect(await page.locator('.toc-item').count()).toBe(11)
    expect(await page.locator('[data-test="page-guardians"] [data-field="guardians.father.mobile"] td').first().textContent()).toContain('138****2345')
    await page.reload()
    await page.locator('[data-test="page-guardians"]').waitFor()
    expect(await page.locator('[data-test="student-name"]').textContent()).toBe('王小雨')
    await shot(page, 'detail')
    await page.locator('[data-test="back"]').click()
    await row(page, b.id).waitFor()
    expect(await page.locator('#review-q').inputValue()).toBe(b.studentId)

    // Without the filter, J walks to the next application of the list and K back.
    await page.getByRole('button', { name: '重置' }).click()
    await row(page, a.id).waitFor()
    const ids = await rowIds(page)
    const first = ids[0]
    await row(page, first).click()
    await page.locator('[data-test="page-student"]').waitFor()
    await expect.poll(() => page.locator('[data-test="next"]').isEnabled()).toBe(true)
    await page.locator('[data-test="student-name"]').click() // the keys act on the page, not on a field
    await page.keyboard.press('j')
    await page.waitForURL(new RegExp(`#/review/${ids[1]}`))
    // The next detail loads before the keys act on it again.
    await expect.poll(() => page.locator('[data-test="previous"]').isEnabled()).toBe(true)
    await page.locator('[data-test="student-name"]').click()
    await page.keyboard.press('k')
    await page.waitForURL(new RegExp(`#/review/${first}`))

    // The 学校审核员 of school A: A's application only; B's detail URL is "not there".
    const reviewer = await openStaffBrowser()
    try {
      const r = reviewer.page
      await signIn(r, userName, password)
      await r.locator(`[data-test="review-list"] [data-id="${a.id}"]`).waitFor()
      expect(await r.locator('[data-test="review-list"] [data-id]').evaluateAll((c) => c.map((x) => x.dataset.id))).not.toContain(b.id)
      await r.goto(`/admin/#/review/${b.id}`)
      await r.getByRole('alert').waitFor()
      expect((await r.getByRole('alert').textContent()).trim()).toBe('该信息不存在或不在您的审核范围内')
      await shot(r, 'other-school-404')
    } finally {
      await reviewer.close()
    }

    // 批量审核通过: both rows ticked; meanwhile b is returned by someone else; the results say which passed.
    await page.goto('/admin/#/review?status=UnderReview&pageSize=100')
    await row(page, a.id).waitFor()
    await row(page, a.id).locator('.el-checkbox').click()
    await row(page, b.id).locator('.el-checkbox').click()
    await expect.poll(() => page.locator('[data-test="bulk-accept"]').textContent()).toContain('（2）')
    await shot(page, 'queue-two-selected')
    const [reason] = await admin.get('/api/v1/admin/return-reasons')
    const detail = await admin.send('GET', `/api/v1/review/applications/${b.id}`)
    await admin.send('POST', `/api/v1/review/applications/${b.id}/return`, { reasons: [{ page: 'student', field: 'name', reasonId: reason.id, note: null }] }, { 'If-Match': detail.response.headers().etag })
    await page.locator('[data-test="bulk-accept"]').click()
    await confirmBox(page, '审核通过')
    await page.locator('[data-test="bulk-summary"]').waitFor()
    expect(await page.locator('[data-test="bulk-summary"]').textContent()).toBe('通过 1 条，未通过 1 条')
    const results = (await page.locator('[data-test="bulk-items"] .el-table__row').allTextContents()).join('\n')
    expect(results).toMatch(/李小明\s*已通过/)
    expect(results).toMatch(/王小雨\s*未通过/)
    await shot(page, 'bulk-acceptance-results')
  }, 150_000)
})
