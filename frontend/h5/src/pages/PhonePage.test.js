import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PhonePage from './PhonePage.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

let fetchMock

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn())
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const fieldError = (wrapper, id) => wrapper.find(`#${id}`).element.closest('.field').querySelector('.field-error')?.textContent

describe('PhonePage', () => {
  it('checks the number before sending', async () => {
    const wrapper = mount(PhonePage)
    await wrapper.find('#phone').setValue('2381234567')
    await wrapper.find('[data-test="send-code"]').trigger('click')

    expect(fetchMock).not.toHaveBeenCalled()
    expect(fieldError(wrapper, 'phone')).toBe('请填写11位手机号码')
  })

  it('sends the code and counts down before another one', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { phone: '138****5678', expiresInSeconds: 300, resendAfterSeconds: 60 }))
    const wrapper = mount(PhonePage)
    await wrapper.find('#phone').setValue('13812345678')
    await wrapper.find('[data-test="send-code"]').trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/me/phone/verification')
    expect(JSON.parse(init.body)).toEqual({ phone: '13812345678' })
    expect(wrapper.text()).toContain('验证码已发送至 138****5678')
    const send = wrapper.find('[data-test="send-code"]')
    expect(send.text()).toBe('60秒后重新获取')
    expect(send.attributes('disabled')).toBeDefined()

    await vi.advanceTimersByTimeAsync(60_000)
    expect(send.text()).toBe('获取验证码')
  })

  it('shows sms.too-frequent under the phone', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(409, { status: 409, code: 'sms.too-frequent', title: '验证码发送过于频繁，请1分钟后再试' }))
    const wrapper = mount(PhonePage)
    await wrapper.find('#phone').setValue('13812345678')
    await wrapper.find('[data-test="send-code"]').trigger('click')
    await flushPromises()

    expect(fieldError(wrapper, 'phone')).toBe('验证码发送过于频繁，请1分钟后再试')
  })

  it('shows a wrong code under the code field, then binds and goes back to 个人信息', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(422, { status: 422, code: 'sms.code.wrong', title: '验证码错误', errors: { code: ['验证码错误'] } }))
    const wrapper = mount(PhonePage)
    await wrapper.find('#phone').setValue('13812345678')
    await wrapper.find('#code').setValue('000000')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(fieldError(wrapper, 'code')).toBe('验证码错误')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)

    vi.useRealTimers()
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { phone: '138****5678', phoneBound: true }))
    await wrapper.find('#code').setValue('123456')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/v1/me/phone')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body)).toEqual({ phone: '13812345678', code: '123456' })
    expect(wrapper.find('[role="status"]').text()).toBe('手机绑定成功')
    vi.advanceTimersByTime(800)
    expect(window.location.hash).toBe('#/me')
  })

  it('asks for a six-digit code', async () => {
    const wrapper = mount(PhonePage)
    await wrapper.find('#phone').setValue('13812345678')
    await wrapper.find('#code').setValue('12a')
    await wrapper.find('form').trigger('submit')

    expect(fetchMock).not.toHaveBeenCalled()
    expect(fieldError(wrapper, 'code')).toBe('验证码为6位数字')
  })
})
