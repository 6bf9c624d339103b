import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PHONE, authorizeAs, baseUrl, newOpenId, openBrowser, screenshots, skipReason, suite } from './browser.js'

async function smsCode(phone) {
  const response = await fetch(`${baseUrl}/_wechat-sim/inspect/sms?phone=${phone}`)
  const [latest] = await response.json()
  return /(\d{6})/.exec(latest?.text ?? '')?.[1]
}

describe.skipIf(skipReason)(suite('parent: 个人信息 and 手机绑定'), () => {
  let browser
  beforeAll(async () => { browser = await openBrowser(PHONE) })
  afterAll(async () => { await browser?.close() })

  it('binds a phone with the SMS code after a wrong one', async () => {
    const { page } = browser
    const phone = `139${String(Date.now()).slice(-8)}`
    await page.goto('/h5/')
    await page.getByText('个人信息', { exact: true }).click()
    await authorizeAs(page, newOpenId('phone'))

    await page.waitForURL(/\/h5\/#\/me$/)
    await page.getByText('未绑定').waitFor()
    const shoot = screenshots('h5-me')
    await shoot(page, 'me')
    await page.getByText('手机号码', { exact: true }).click()

    await page.waitForURL(/\/h5\/#\/me\/phone$/)
    await page.locator('#phone').fill(phone)
    await page.locator('[data-test="send-code"]').click()
    await expect.poll(() => page.locator('[data-test="send-code"]').textContent()).toMatch(/\d+秒后重新发送/)
    await expect.poll(() => smsCode(phone)).toMatch(/^\d{6}$/)
    const code = await smsCode(phone)

    const wrong = code === '000000' ? '111111' : '000000'
    await page.locator('#code').fill(wrong)
    await page.getByRole('button', { name: '绑定', exact: true }).click()
    const codeError = page.locator('.van-field:has(#code) .van-field__error-message, .page-error')
    await codeError.waitFor()
    expect(await codeError.textContent()).toMatch(/验证码/)
    await shoot(page, 'phone-wrong-code')

    await page.locator('#code').fill(code)
    await page.getByRole('button', { name: '绑定', exact: true }).click()
    await page.waitForURL(/\/h5\/#\/me$/)
    const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`
    await page.getByText(masked).waitFor()
    await shoot(page, 'me-phone-bound')
  })
})
