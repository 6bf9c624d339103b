import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import SubmitPage from './SubmitPage.vue'
import { EVIDENCE_KINDS } from '../evidence.js'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let fetchMock

beforeEach(() => {
  fetchMock = vi.fn(async (url, init) => {
    if (init?.method === 'POST') return jsonResponse(200, { message: '信息已提交，请等待审核' })
    const pages = EVIDENCE_KINDS.map((k, i) => ({ kind: k.kind, state: i === 0 ? 'Saved' : i === 1 ? 'Skipped' : 'NotAnswered' }))
    return jsonResponse(200, { applicationId: 'a1', version: 2, pages })
  })
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => vi.unstubAllGlobals())

describe('SubmitPage', () => {
  it('lists pages 5–11 with their state and submits with 保存提交', async () => {
    const wrapper = mount(SubmitPage, { props: { applicationId: 'a1' } })
    await flushPromises()
    const items = wrapper.findAll('li[data-kind]')
    expect(items.map((li) => li.attributes('data-kind'))).toEqual(EVIDENCE_KINDS.map((k) => k.kind))
    expect(items[0].text()).toBe('房产信息 · 已填写')
    expect(items[1].text()).toBe('居住证信息 · 无此信息（已跳过）')
    expect(items[2].text()).toBe('务工信息 · 未填写')

    await wrapper.find('button').trigger('click')
    await flushPromises()
    const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')
    expect(url).toBe('/api/v1/applications/a1/submission')
    expect(init.method).toBe('POST')
    expect(wrapper.find('[role="status"]').text()).toBe('信息已提交，请等待审核')
  })
})
