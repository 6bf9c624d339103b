import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import StudentsPage from './StudentsPage.vue'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, [
    { id: 'a1', studentName: '张小明', graduationTypeText: '幼儿园毕业生', status: 'UnderReview', statusText: '审核中', updatedAt: '2024-07-15T02:00:00Z', returnReasons: [] },
    { id: 'a2', studentName: '张小红', graduationTypeText: '小学毕业生', status: 'Returned', statusText: '有误', updatedAt: '2024-07-16T02:00:00Z', returnReasons: ['户口簿地址与户口簿不一致'] },
    { id: 'a3', studentName: '张小刚', graduationTypeText: '幼儿园毕业生', status: 'Accepted', statusText: '已提交', updatedAt: '2024-07-17T02:00:00Z', returnReasons: [] },
  ])))
})

afterEach(() => vi.unstubAllGlobals())

describe('StudentsPage (毕业生列表)', () => {
  it('shows each student with the status in the guide\'s words and the reasons when returned', async () => {
    const wrapper = mount(StudentsPage)
    await flushPromises()

    const items = wrapper.findAll('[data-test="application"]')
    expect(items).toHaveLength(3)
    expect(items[0].text()).toContain('审核中')
    expect(items[1].text()).toContain('有误')
    expect(items[1].text()).toContain('户口簿地址与户口簿不一致')
    expect(items[2].text()).toContain('已提交')
    expect(items[2].find('.actions').exists()).toBe(false)
  })
})
