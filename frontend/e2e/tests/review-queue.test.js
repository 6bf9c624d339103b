import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from 'playwright-core'
import { baseUrl, newOpenId, openBrowser, skipReason, suite } from './browser.js'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const DENGFENG_VILLAGE = '410185001001' // 嵩阳街道 嵩溪园居委会: a last-level region in the home county

/** A resident ID with a real check character (GB 11643, ISO 7064 MOD 11-2); odd sequence = male. */
function residentId(birthDate, male = true) {
  const sequence = Math.floor(Math.random() * 500) * 2 + (male ? 1 : 0)
  const body = `410185${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}

/** A day inside an age window of the season (the host runs on the real clock, so the window moves with it). */
function birthDateIn(window, offsetDays) {
  const day = new Date(`${window.earliestBirthDate}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + offsetDays)
  expect(day.toISOString().slice(0, 10) <= window.latestBirthDate).toBe(true)
  return day.toISOString().slice(0, 10)
}

const masked = (id) => `${id.slice(0, 6)}********${id.slice(-4)}`

/** An API client with its own cookie jar that repeats the readable CSRF cookie on writes (ADR-0010). */
async function apiClient(csrfCookie) {
  const context = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Accept: 'application/json' } })
  const csrf = async () => (await context.storageState()).cookies.find((c) => c.name === csrfCookie)?.value
  async function send(method, path, data) {
    const headers = method === 'GET' ? {} : { 'X-CSRF-Token': (await csrf()) ?? '' }
    const response = await context.fetch(path, { method, data, headers })
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
    return { response, body: response.status() === 204 ? null : await response.json().catch(() => null) }
  }
  return { context, send, get: async (path) => (await send('GET', path)).body }
}

/** WeChat sign-in over HTTP, as EnrollmentApp's ParentSignInHandler does: follow the redirects, choose the openid on the simulator's page. */
async function parentClient(openId) {
  const client = await apiClient('enrollment.parent.csrf')
  let next = `${baseUrl}/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F`
  for (let hop = 0; hop < 5; hop++) {
    const response = await client.context.get(next, { maxRedirects: 0 })
    expect(response.status(), `sign-in of ${openId} stopped at ${next}`).toBe(302)
    const location = new URL(response.headers().location, next)
    if (location.pathname === '/h5/') return client
    if (location.pathname.endsWith('/connect/oauth2/authorize')) location.searchParams.set('openid', openId)
    next = location.href
  }
  throw new Error(`WeChat sign-in of ${openId} did not come back to /h5/`)
}

/**
 * A parent signs in, reads 平台协议 for the real 30 s (the server refuses earlier), accepts and submits
 * pages 2–4. Run for both parents at once, so that the suite waits only once.
 */
async function submitApplication({ label, graduationType, school, schoolClass, window, offsetDays, studentName }) {
  const parent = await parentClient(newOpenId(label))
  try {
    const agreement = await parent.get('/api/v1/agreement')
    await new Promise((r) => setTimeout(r, (agreement.minimumReadingSeconds + 1) * 1000))
    await parent.send('POST', '/api/v1/agreement/acceptance', { version: agreement.version })

    const started = await parent.send('POST', '/api/v1/applications', { graduationType })
    const location = new URL(started.response.headers().location, baseUrl).pathname
    const studentId = residentId(birthDateIn(window, offsetDays))
    const fatherId = residentId('1988-05-01')
    await parent.send('PUT', `${location}/student`, {
      name: studentName, residentId: studentId, ethnicityCode: '01', graduationSchoolId: school.id, graduationClassId: schoolClass.id,
    })
    await parent.send('PUT', `${location}/guardians`, {
      father: { name: '张伟', residentId: fatherId, mobile: '13838012345', regionCode: DENGFENG_VILLAGE, addressDetail: '中岳大街72号' },
    })
    await parent.send('PUT', `${location}/household`, {
      type: 'Family', regionCode: DENGFENG_VILLAGE, addressDetail: '中岳大街72号秀丽王府花园3号楼2单元101室', community: '秀丽王府花园',
      householder: { name: '张伟', residentId: fatherId, relation: '子' },
    })
    for (const kind of ['property', 'residence-permit', 'employment', 'business', 'preferential-care', 'relocation', 'long-term-residence']) {
      await parent.send('POST', `${location}/evidence/${kind}/skip`)
    }
    await parent.send('POST', `${location}/submission`)
    return { id: location.split('/').at(-1), studentId, studentName, school }
  } finally {
    await parent.context.dispose()
  }
}

async function signIn(page, userName, password) {
  await page.goto('/admin/')
  await page.locator('#userName').fill(userName)
  await page.locator('#password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.locator('[data-test="staff"]').waitFor()
}

const row = (page, id) => page.locator(`[data-test="review-list"] tr[data-id="${id}"]`)

describe.skipIf(skipReason)(suite('admin: 审核队列 with school scopes'), () => {
  let admin
  let reviewer
  beforeAll(async () => {
    admin = await apiClient('enrollment.staff.csrf')
    await admin.send('POST', '/api/v1/auth/staff/login', { userName: 'admin', password: 'Admin#2024' })
  })
  afterAll(async () => {
    await admin?.context.dispose()
    await reviewer?.close()
  })

  it('shows the admin both submitted applications, masked, and a 学校审核员 only their school\'s', async () => {
    const season = await admin.get('/api/v1/seasons/current')
    const primaries = await admin.get('/api/v1/schools?graduationType=PrimaryGraduate')
    const kindergartens = await admin.get('/api/v1/schools?graduationType=KindergartenGraduate')
    const schoolA = primaries.find((s) => s.name === '登封市实验小学')
    const schoolB = kindergartens.find((s) => s.name === '登封市直属机关幼儿园')
    const [classA] = await admin.get(`/api/v1/schools/${schoolA.id}/classes`)
    const [classB] = await admin.get(`/api/v1/schools/${schoolB.id}/classes`)

    const userName = `e2e.queue.${unique()}`
    const password = 'Review#E2E-2027'
    const [a, b] = await Promise.all([
      submitApplication({ label: 'queue-a', graduationType: 'PrimaryGraduate', school: schoolA, schoolClass: classA, window: season.juniorMiddleEntry, offsetDays: 40, studentName: '李小明' }),
      submitApplication({ label: 'queue-b', graduationType: 'KindergartenGraduate', school: schoolB, schoolClass: classB, window: season.primaryEntry, offsetDays: 100, studentName: '王小雨' }),
      admin.send('POST', '/api/v1/admin/staff', { userName, displayName: '队列审核员', password, role: 'SchoolReviewer', schoolIds: [schoolA.id] }),
    ])

    // The admin sees both, with masked IDs, Chinese types and statuses.
    const browser = await openBrowser()
    try {
      const { page } = browser
      await page.setViewportSize({ width: 1280, height: 800 })
      await signIn(page, 'admin', 'Admin#2024')
      await row(page, b.id).waitFor()
      expect(await row(page, a.id).locator('td').allTextContents()).toEqual(
        ['李小明', masked(a.studentId), '小学毕业生', `登封市实验小学 ${classA.name}`, '审核中', expect.any(String)])
      expect(await row(page, b.id).locator('td').allTextContents()).toEqual(
        ['王小雨', masked(b.studentId), '幼儿园毕业生', `登封市直属机关幼儿园 ${classB.name}`, '审核中', expect.any(String)])
      expect(await page.locator('[data-test="review-list"]').textContent()).not.toContain(a.studentId)

      // A search by the full ID is kept in the hash: a reload shows the same list.
      await page.locator('#review-q').fill(b.studentId)
      await page.getByRole('button', { name: '查询' }).click()
      await expect.poll(() => page.locator('[data-test="review-list"] tbody tr').count()).toBe(1)
      await page.reload()
      await row(page, b.id).waitFor()
      expect(await page.locator('#review-q').inputValue()).toBe(b.studentId)
      expect(await page.locator('[data-test="total"]').textContent()).toBe('共 1 条')

      // The detail: masked phone; the back link returns to the searched list.
      await row(page, b.id).click()
      await page.locator('[data-test="father"]').waitFor()
      expect(await page.locator('[data-test="father"]').textContent()).toContain('138****2345')
      expect(await page.locator('[data-test="actions-soon"]').textContent()).toBe('审核操作即将上线')
      await page.locator('[data-test="back"]').click()
      await row(page, b.id).waitFor()
      expect(await page.locator('#review-q').inputValue()).toBe(b.studentId)
    } finally {
      await browser.close()
    }

    // The 学校审核员 of school A: A's application only; B's detail URL is "not there".
    reviewer = await openBrowser()
    const { page } = reviewer
    await page.setViewportSize({ width: 1280, height: 800 })
    await signIn(page, userName, password)
    await row(page, a.id).waitFor()
    expect(await page.locator('[data-test="review-list"] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id))).not.toContain(b.id)
    expect(await row(page, a.id).locator('td').nth(1).textContent()).toBe(masked(a.studentId))

    await page.goto(`/admin/#/review/${b.id}`)
    await page.reload()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toBe('该信息不存在或不在您的审核范围内')
  }, 120_000)
})
