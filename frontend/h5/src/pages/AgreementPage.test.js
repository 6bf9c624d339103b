import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import AgreementPage from './AgreementPage.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const T0 = Date.parse('2026-11-28T10:00:00Z')
const agreement = (extra = {}) => ({
  version: 2, title: '登封市义务教育入学信息采集平台协议', text: '第一条 …', publishedAt: '2026-11-01T00:00:00Z',
  accepted: false, shownAt: new Date(T0).toISOString(), minimumReadingSeconds: 30, ...extra,
})

let fetchMock

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn())
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(T0)
  window.location.hash = '#/agreement?returnTo=%2Fapply'
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const button = (wrapper) => wrapper.find('[data-test="accept"]')

describe('AgreementPage', () => {
  it('shows the text, counts down 30 s, then accepts the version and goes back', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, agreement()))
    const wrapper = mount(AgreementPage, { props: { returnTo: '/apply' } })
    await flushPromises()

    expect(wrapper.find('[data-test="agreement-text"]').text()).toBe('第一条 …')
    expect(button(wrapper).text()).toBe('请阅读协议（30秒）')
    expect(button(wrapper).attributes('disabled')).toBeDefined()

    await vi.advanceTimersByTimeAsync(12_000)
    expect(button(wrapper).text()).toBe('请阅读协议（18秒）')

    await vi.advanceTimersByTimeAsync(18_000)
    expect(button(wrapper).text()).toBe('我已阅读并继续')
    expect(button(wrapper).attributes('disabled')).toBeUndefined()

    window.location.hash = '#/agreement?returnTo=%2Fapply'
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { version: 2, acceptedAt: new Date().toISOString() }))
    await button(wrapper).trigger('click')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/v1/agreement/acceptance')
    expect(JSON.parse(init.body)).toEqual({ version: 2 })
    expect(window.location.hash).toBe('#/apply')
  })

  it('starts from the first showing: after a reload only the rest is left', async () => {
    vi.setSystemTime(T0 + 25_000)
    fetchMock.mockResolvedValueOnce(jsonResponse(200, agreement()))
    const wrapper = mount(AgreementPage, { props: { returnTo: '/apply' } })
    await flushPromises()

    expect(button(wrapper).text()).toBe('请阅读协议（5秒）')
  })

  it('shows agreement.too-early and keeps counting', async () => {
    vi.setSystemTime(T0 + 30_000)
    fetchMock.mockResolvedValueOnce(jsonResponse(200, agreement()))
    fetchMock.mockResolvedValueOnce(jsonResponse(409, { status: 409, code: 'agreement.too-early', title: '请仔细阅读平台协议，3秒后可同意', detail: '请仔细阅读平台协议，3秒后可同意' }))
    const wrapper = mount(AgreementPage, { props: { returnTo: '/apply' } })
    await flushPromises()

    await button(wrapper).trigger('click')
    await flushPromises()

    expect(wrapper.find('[role="alert"]').text()).toBe('请仔细阅读平台协议，3秒后可同意')
    expect(button(wrapper).text()).toBe('请阅读协议（3秒）')
    await vi.advanceTimersByTimeAsync(3_000)
    expect(button(wrapper).text()).toBe('我已阅读并继续')
  })

  it('reloads the agreement on agreement.outdated', async () => {
    vi.setSystemTime(T0 + 40_000)
    fetchMock.mockResolvedValueOnce(jsonResponse(200, agreement()))
    fetchMock.mockResolvedValueOnce(jsonResponse(409, { status: 409, code: 'agreement.outdated', title: '平台协议已更新，请阅读最新版本' }))
    fetchMock.mockResolvedValueOnce(jsonResponse(200, agreement({ version: 3, text: '新版本', shownAt: new Date(T0 + 40_000).toISOString() })))
    const wrapper = mount(AgreementPage, { props: { returnTo: '/apply' } })
    await flushPromises()

    await button(wrapper).trigger('click')
    await flushPromises()

    expect(fetchMock).toHaveBeenCalledTimes(3)
    expect(wrapper.find('[role="status"]').text()).toBe('平台协议已更新，请阅读最新版本')
    expect(wrapper.find('[data-test="agreement-text"]').text()).toBe('新版本')
    expect(button(wrapper).text()).toBe('请阅读协议（30秒）')
  })
})
