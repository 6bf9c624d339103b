// What the admin SPA scenarios share: signing staff in, Element Plus controls, screenshots, API clients
// (Playwright's APIRequestContext with its own cookie jar) and a parent's application made over HTTP.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { request } from 'playwright-core'
import { baseUrl, newOpenId, openBrowser } from './browser.js'

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
export const DENGFENG_VILLAGE = '410185001001' // 嵩阳街道 嵩溪园居委会: a last-level region in the home county
export const EVIDENCE_KINDS = ['property', 'residence-permit', 'employment', 'business', 'preferential-care', 'relocation', 'long-term-residence']

/** A browser at the size reviewers work at. */
export async function openStaffBrowser() {
  const browser = await openBrowser()
  await browser.page.setViewportSize({ width: 1440, height: 900 })
  return browser
}

export async function signIn(page, userName, password) {
  await page.goto('/admin/')
  await page.locator('#userName').fill(userName)
  await page.locator('#password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.locator('[data-test="staff"]').waitFor()
}

/** Screenshots of a run, under artifacts/screenshots/<folder>/ at the repository root. */
export function shots(folder) {
  const dir = join(fileURLToPath(new URL('../../..', import.meta.url)), 'artifacts', 'screenshots', folder)
  rmSync(dir, { recursive: true, force: true }) // only this run's pictures, numbered in order
  mkdirSync(dir, { recursive: true })
  let n = 0
  return async (page, name) => {
    n += 1
    await page.waitForTimeout(400) // let Element Plus's transitions settle
    await page.screenshot({ path: join(dir, `${String(n).padStart(2, '0')}-${name}.png`) })
  }
}

/** Picks an option of an Element Plus select (not a native <select>). */
export async function choose(page, select, option) {
  await select.click()
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option }).first().click()
}

/** Presses the confirm button of the open ElMessageBox. */
export async function confirmBox(page, button) {
  await page.locator('.el-message-box').getByRole('button', { name: button }).click()
}

/** A resident ID with a real check character (GB 11643, ISO 7064 MOD 11-2); odd sequence = male. */
export function residentId(birthDate, male = true) {
  const sequence = Math.floor(Math.random() * 500) * 2 + (male ? 1 : 0)
  const body = `410185${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}

/** A day inside an age window of the season (the host runs on the real clock, so the window moves with it). */
export function birthDateIn(window, offsetDays) {
  const day = new Date(`${window.earliestBirthDate}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + offsetDays)
  expect(day.toISOString().slice(0, 10) <= window.latestBirthDate).toBe(true)
  return day.toISOString().slice(0, 10)
}

export const masked = (id) => `${id.slice(0, 6)}********${id.slice(-4)}`

/** An API client with its own cookie jar that repeats the readable CSRF cookie on writes (ADR-0010). */
export async function apiClient(csrfCookie) {
  const context = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Accept: 'application/json' } })
  const csrf = async () => (await context.storageState()).cookies.find((c) => c.name === csrfCookie)?.value
  async function send(method, path, data, headers = {}) {
    const all = method === 'GET' ? headers : { 'X-CSRF-Token': (await csrf()) ?? '', ...headers }
    const response = await context.fetch(path, { method, data, headers: all })
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
    return { response, body: response.status() === 204 ? null : await response.json().catch(() => null) }
  }
  /** A multipart upload (`parts`: name → { name, mimeType, buffer }). */
  async function upload(path, parts) {
    const response = await context.fetch(path, { method: 'POST', multipart: parts, headers: { 'X-CSRF-Token': (await csrf()) ?? '' } })
    if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }
  return { context, send, upload, get: async (path) => (await send('GET', path)).body }
}

export async function adminClient() {
  const admin = await apiClient('enrollment.staff.csrf')
  await admin.send('POST', '/api/v1/auth/staff/login', { userName: 'admin', password: 'Admin#2024' })
  return admin
}

/** WeChat sign-in over HTTP: follow the redirects, choose the openid on the simulator's page. */
export async function parentClient(openId) {
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
 * A parent signs in, reads 平台协议 for the real 30 s (the server refuses earlier), accepts, fills
 * pages 2–4, answers pages 5–11 with 「无此信息跳过」 (with `photo`, a certificate photo is uploaded on
 * 房产信息 first) and submits. Returns the parent's client (still
 * signed in, so that the scenario can fix and resubmit) and the application.
 */
export async function submitApplication({ label, graduationType, school, schoolClass, window, offsetDays, studentName, photo = null }) {
  const parent = await parentClient(newOpenId(label))
  const agreement = await parent.get('/api/v1/agreement')
  await new Promise((r) => setTimeout(r, (agreement.minimumReadingSeconds + 1) * 1000))
  await parent.send('POST', '/api/v1/agreement/acceptance', { version: agreement.version })

  const started = await parent.send('POST', '/api/v1/applications', { graduationType })
  const location = new URL(started.response.headers().location, baseUrl).pathname
  const studentId = residentId(birthDateIn(window, offsetDays))
  const fatherId = residentId('1988-05-01')
  const student = { name: studentName, residentId: studentId, ethnicityCode: '01', graduationSchoolId: school.id, graduationClassId: schoolClass.id }
  await parent.send('PUT', `${location}/student`, student)
  await parent.send('PUT', `${location}/guardians`, {
    father: { name: '张伟', residentId: fatherId, mobile: '13838012345', regionCode: DENGFENG_VILLAGE, addressDetail: '中岳大街72号' },
  })
  await parent.send('PUT', `${location}/household`, {
    type: 'Family', regionCode: DENGFENG_VILLAGE, addressDetail: '中岳大街72号秀丽王府花园3号楼2单元101室', community: '秀丽王府花园',
    householder: { name: '张伟', residentId: fatherId, relation: '子' },
  })
  for (const kind of EVIDENCE_KINDS) await parent.send('POST', `${location}/evidence/${kind}/skip`)
  if (photo) await parent.upload(`${location}/evidence/property/attachments`, { file: { name: 'fangchanzheng.png', mimeType: 'image/png', buffer: photo } })
  await parent.send('POST', `${location}/submission`)
  return { parent, location, id: location.split('/').at(-1), studentId, studentName, student, school }
}
