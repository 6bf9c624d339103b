import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import AgreementsPanel from './AgreementsPanel.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

let versions
let postResponse
let fetchMock

beforeEach(() => {
  versions = [
    { version: 1, title: '平台协议', text: '…', publishedAt: '2026-09-01T00:00:00Z' },
    { version: 2, title: '平台协议（修订）', text: '…', publishedAt: '2026-10-01T00:00:00Z' },
  ]
  postResponse = null
  fetchMock = vi.fn(async (url, init) => (init?.method === 'POST' ? postResponse() : jsonResponse(200, versions)))
  vi.stubGlobal('fetch', fetchMock)
  vi.stubGlobal('confirm', vi.fn(() => true))
  document.cookie = 'enrollment.staff.csrf=stafftok; path=/'
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'enrollment.staff.csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

const rows = (wrapper) => wrapper.findAll('[data-test="agreements"] tbody tr').map((r) => r.findAll('td').map((c) => c.text()))

describe('AgreementsPanel', () => {
  it('lists the versions, newest first', async () => {
    const wrapper = mount(AgreementsPanel)
    await flushPromises()

    expect(rows(wrapper).map((r) => r[0])).toEqual(['第 2 版当前', '第 1 版'])
    expect(rows(wrapper)[0][1]).toBe('平台协议（修订）')
  })

  it('publishes a new version with the CSRF token and lists it', async () => {
    postResponse = () => {
      versions.push({ version: 3, title: '平台协议 2027', text: '新的内容', publishedAt: '2026-11-28T10:00:00Z' })
      return jsonResponse(201, versions[2])
    }
    const wrapper = mount(AgreementsPanel)
    await flushPromises()

    await wrapper.find('#agreement-title').setValue('平台协议 2027')
    await wrapper.find('#agreement-text').setValue('新的内容')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')
    expect(url).toBe('/api/v1/admin/agreements')
    expect(init.headers['X-CSRF-Token']).toBe('stafftok')
    expect(JSON.parse(init.body)).toEqual({ title: '平台协议 2027', text: '新的内容' })
    expect(wrapper.find('[role="status"]').text()).toBe('已发布第 3 版')
    expect(rows(wrapper)[0]).toContain('平台协议 2027')
    expect(wrapper.find('#agreement-title').element.value).toBe('')
  })

  it('shows the field errors of the API', async () => {
    postResponse = () => jsonResponse(400, { status: 400, code: 'validation.failed', title: '请求参数有误', errors: { Title: ['标题不能超过100个字'] } })
    const wrapper = mount(AgreementsPanel)
    await flushPromises()

    await wrapper.find('#agreement-title').setValue('很长的标题')
    await wrapper.find('#agreement-text').setValue('内容')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const field = wrapper.find('#agreement-title').element.closest('.field')
    expect(field.querySelector('.field-error').textContent).toBe('标题不能超过100个字')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('asks for the title and the text, and publishes nothing without confirmation', async () => {
    const wrapper = mount(AgreementsPanel)
    await flushPromises()

    await wrapper.find('form').trigger('submit')
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写协议标题', '请填写协议内容'])

    vi.stubGlobal('confirm', vi.fn(() => false))
    await wrapper.find('#agreement-title').setValue('标题')
    await wrapper.find('#agreement-text').setValue('内容')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'POST')).toBe(false)
  })
})
