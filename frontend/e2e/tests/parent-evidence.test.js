import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, newOpenId, openBrowser, skipReason, suite } from './browser.js'

const DENGFENG_TOWN = '410185001000' // 嵩阳街道
const DENGFENG_VILLAGE = '410185001001' // 嵩阳街道 嵩溪园居委会: a last-level region in the home county

/** A resident ID with a real check character (GB 11643, ISO 7064 MOD 11-2); odd sequence = male. */
function residentId(birthDate, male = true) {
  const sequence = Math.floor(Math.random() * 500) * 2 + (male ? 1 : 0)
  const body = `410185${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}

/**
 * Pages 1–4 over HTTP with the browser context's own request client, so that the sign-in cookies land
 * in the browser: WeChat sign-in through the simulator, 平台协议 read for the real 30 s, then the
 * application with the father only on page 3.
 */
async function preparePagesOneToFour(context, openId) {
  const api = context.request
  const csrf = async () => (await context.cookies(baseUrl)).find((c) => c.name === 'enrollment.parent.csrf')?.value ?? ''
  async function send(method, path, data) {
    const response = await api.fetch(`${baseUrl}${path}`, { method, data, headers: { Accept: 'application/json', ...(method === 'GET' ? {} : { 'X-CSRF-Token': await csrf() }) } })
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
    return { response, body: await response.json().catch(() => null) }
  }

  let next = `${baseUrl}/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F`
  for (let hop = 0; ; hop++) {
    expect(hop, 'WeChat sign-in did not come back to /h5/').toBeLessThan(5)
    const response = await api.get(next, { maxRedirects: 0 })
    expect(response.status(), `sign-in stopped at ${next}`).toBe(302)
    const location = new URL(response.headers().location, next)
    if (location.pathname === '/h5/') break
    if (location.pathname.endsWith('/connect/oauth2/authorize')) location.searchParams.set('openid', openId)
    next = location.href
  }

  const agreement = (await send('GET', '/api/v1/agreement')).body
  const season = (await send('GET', '/api/v1/seasons/current')).body
  const [school] = (await send('GET', '/api/v1/schools?graduationType=KindergartenGraduate')).body
  const [schoolClass] = (await send('GET', `/api/v1/schools/${school.id}/classes`)).body
  await new Promise((r) => setTimeout(r, (agreement.minimumReadingSeconds + 1) * 1000))
  await send('POST', '/api/v1/agreement/acceptance', { version: agreement.version })

  const started = await send('POST', '/api/v1/applications', { graduationType: 'KindergartenGraduate' })
  const path = new URL(started.response.headers().location, baseUrl).pathname
  const birth = new Date(`${season.primaryEntry.earliestBirthDate}T00:00:00Z`)
  birth.setUTCDate(birth.getUTCDate() + 60)
  const fatherId = residentId('1988-05-01')
  await send('PUT', `${path}/student`, {
    name: '赵小安', residentId: residentId(birth.toISOString().slice(0, 10)), ethnicityCode: '01', graduationSchoolId: school.id, graduationClassId: schoolClass.id,
  })
  await send('PUT', `${path}/guardians`, {
    father: { name: '赵伟', residentId: fatherId, mobile: '13838012345', regionCode: DENGFENG_VILLAGE, addressDetail: '中岳大街72号' },
  })
  await send('PUT', `${path}/household`, {
    type: 'Family', regionCode: DENGFENG_VILLAGE, addressDetail: '中岳大街72号秀丽王府花园3号楼2单元101室', community: '秀丽王府花园',
    householder: { name: '赵伟', residentId: fatherId, relation: '子' },
  })
  return path.split('/').at(-1)
}

describe.skipIf(skipReason)(suite('parent: 房产信息 saved, 居住证信息 skipped (wizard pages 5–6)'), () => {
  let browser
  beforeAll(async () => { browser = await openBrowser() })
  afterAll(async () => { await browser?.close() })

  it('saves page 5 with a region to the community, skips page 6, and a reload shows both', async () => {
    const { page, context } = browser
    const id = await preparePagesOneToFour(context, newOpenId('evidence'))

    await page.goto(`/h5/#/apply/${id}/evidence/property`)
    await page.locator('h1', { hasText: '房产信息' }).waitFor()
    // Only the father was filled on page 3: he is the only holder to choose.
    expect(await page.locator('#holder option').allTextContents()).toEqual(['请选择', '父亲（赵伟）'])
    expect(await page.locator('#titleType option').allTextContents()).toEqual(['请选择', '房产证', '不动产权证', '土地使用证', '网签购房合同'])
    await page.locator('#holder').selectOption('Father')
    await page.locator('#titleType').selectOption('RealEstateCertificate')
    await page.locator('#certificateNumber').fill('豫(2023)登封市不动产权第0001234号')
    await page.locator('#regionCode').selectOption(DENGFENG_TOWN)
    await page.locator(`select[name="regionCode"] option[value="${DENGFENG_VILLAGE}"]`).waitFor({ state: 'attached' })
    await page.locator('select[name="regionCode"]').selectOption(DENGFENG_VILLAGE)
    await page.locator('#addressDetail').fill('中岳大街72号秀丽王府花园3号楼2单元101室')
    await page.locator('#community').fill('秀丽王府花园')
    await page.getByRole('button', { name: '保存进入下一步' }).click()

    await expect.poll(() => page.url()).toMatch(new RegExp(`#/apply/${id}/evidence/residence-permit$`))
    await page.locator('h1', { hasText: '居住证信息' }).waitFor()
    await page.getByRole('button', { name: '无此信息跳过' }).click()
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/apply/${id}/evidence/employment$`))
    await page.locator('h1', { hasText: '务工信息' }).waitFor()

    // A reload of page 5 shows what was saved; page 6 says it was skipped.
    await page.goto(`/h5/#/apply/${id}/evidence/property`)
    await page.reload()
    await page.locator('[data-test="state"][data-state="Saved"]').waitFor()
    expect(await page.locator('#certificateNumber').inputValue()).toBe('豫(2023)登封市不动产权第0001234号')
    expect(await page.locator('#titleType').inputValue()).toBe('RealEstateCertificate')
    await expect.poll(() => page.locator('select[name="regionCode"]').inputValue()).toBe(DENGFENG_VILLAGE)
    expect(await page.locator('#community').inputValue()).toBe('秀丽王府花园')

    await page.goto(`/h5/#/apply/${id}/evidence/residence-permit`)
    await page.locator('h1', { hasText: '居住证信息' }).waitFor()
    await page.locator('[data-test="state"][data-state="Skipped"]').waitFor()
    expect(await page.locator('[data-test="state"]').textContent()).toContain('无此信息跳过')
  }, 90_000)
})
