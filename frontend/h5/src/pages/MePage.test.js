import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import MePage from './MePage.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const me = { id: 'p1', name: '张伟', relationship: '父亲', phone: '138****5678', phoneBound: true, agreementAccepted: true, agreementVersion: 2 }
let fetchMock

beforeEach(() => {
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => vi.unstubAllGlobals())

describe('MePage', () => {
  it('shows the account with the masked phone and the way to change it', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, me))
    const wrapper = mount(MePage)
    await flushPromises()

    expect(wrapper.find('#name').element.value).toBe('张伟')
    expect(wrapper.find('[data-test="phone"]').text()).toBe('138****5678')
    expect(wrapper.find('a[href="#/me/phone"]').text()).toBe('更换手机')
    expect(wrapper.find('[data-test="agreement-status"]').text()).toBe('已同意（第 2 版）')
  })

  it('offers 绑定手机 when no phone is bound', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ...me, phone: null, phoneBound: false }))
    const wrapper = mount(MePage)
    await flushPromises()

    expect(wrapper.find('[data-test="phone"]').text()).toBe('未绑定')
    expect(wrapper.find('a[href="#/me/phone"]').text()).toBe('绑定手机')
  })

  it('saves the name and relationship and shows field errors', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, me))
    fetchMock.mockResolvedValueOnce(jsonResponse(400, { status: 400, title: '请求参数有误', errors: { Relationship: ['与学生关系不能超过10个字'] } }))
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { ...me, name: '李娜', relationship: '母亲' }))
    const wrapper = mount(MePage)
    await flushPromises()

    await wrapper.find('#relationship').setValue('非常非常非常长的关系描述')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#relationship').element.closest('.field').querySelector('.field-error').textContent).toBe('与学生关系不能超过10个字')

    await wrapper.find('#name').setValue(' 李娜 ')
    await wrapper.find('#relationship').setValue('母亲')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const [url, init] = fetchMock.mock.calls[2]
    expect(url).toBe('/api/v1/me')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body)).toEqual({ name: '李娜', relationship: '母亲' })
    expect(wrapper.find('[role="status"]').text()).toBe('个人信息保存成功')
    expect(wrapper.find('.field-error').exists()).toBe(false)
  })
})
