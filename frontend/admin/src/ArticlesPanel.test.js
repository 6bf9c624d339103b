import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ArticlesPanel from './ArticlesPanel.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return status === 204 ? new Response(null, { status }) : new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

let articles
let writeResponse
let fetchMock

beforeEach(() => {
  articles = [
    { id: 'a1', title: '信息采集操作说明', body: '1. 打开微信\n2. 信息采集', summary: '…', sortOrder: 1, isPublished: true, publishedAt: '2026-09-01T00:00:00Z', updatedAt: '2026-09-01T00:00:00Z' },
    { id: 'a2', title: '草稿', body: '还没写完', summary: '…', sortOrder: 5, isPublished: false, publishedAt: null, updatedAt: '2026-09-02T00:00:00Z' },
  ]
  writeResponse = null
  fetchMock = vi.fn(async (url, init) => (init?.method && init.method !== 'GET' ? writeResponse(url, init) : jsonResponse(200, articles)))
  vi.stubGlobal('fetch', fetchMock)
  vi.stubGlobal('confirm', vi.fn(() => true))
  document.cookie = 'enrollment.staff.csrf=stafftok; path=/'
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'enrollment.staff.csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

const rows = (wrapper) => wrapper.findAll('[data-test="articles"] tbody tr').map((r) => r.findAll('td').map((c) => c.text()))
const writes = () => fetchMock.mock.calls.filter(([, init]) => init?.method && init.method !== 'GET')

describe('ArticlesPanel (家长必读)', () => {
  it('lists every article with its order and published state', async () => {
    const wrapper = mount(ArticlesPanel)
    await flushPromises()

    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/admin/articles')
    expect(rows(wrapper).map((r) => r.slice(0, 3))).toEqual([['1', '信息采集操作说明', '已发布'], ['5', '草稿', '未发布']])
  })

  it('says 暂无文章 when there is none', async () => {
    articles = []
    const wrapper = mount(ArticlesPanel)
    await flushPromises()
    expect(wrapper.find('[data-test="articles"]').text()).toContain('暂无文章')
  })

  it('creates a published article with the CSRF token', async () => {
    writeResponse = (url, init) => {
      const body = JSON.parse(init.body)
      articles.push({ id: 'a3', ...body, summary: '', publishedAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z' })
      return jsonResponse(201, articles[2])
    }
    const wrapper = mount(ArticlesPanel)
    await flushPromises()

    await wrapper.find('#article-title').setValue('常见问题')
    await wrapper.find('#article-body').setValue('问：…\n答：…')
    await wrapper.find('#article-sortOrder').setValue('2')
    await wrapper.find('#article-published').setValue(true)
    await wrapper.find('[data-test="article-form"]').trigger('submit')
    await flushPromises()

    const [[url, init]] = writes()
    expect(url).toBe('/api/v1/admin/articles')
    expect(init.method).toBe('POST')
    expect(new Headers(init.headers).get('X-CSRF-Token')).toBe('stafftok')
    expect(JSON.parse(init.body)).toEqual({ title: '常见问题', body: '问：…\n答：…', sortOrder: 2, isPublished: true })
    expect(wrapper.find('[role="status"]').text()).toContain('已保存「常见问题」')
    expect(rows(wrapper)).toHaveLength(3)
    expect(wrapper.find('#article-title').element.value).toBe('')
  })

  it('checks the fields before sending', async () => {
    const wrapper = mount(ArticlesPanel)
    await flushPromises()

    await wrapper.find('#article-title').setValue('  ')
    await wrapper.find('[data-test="article-form"]').trigger('submit')
    await flushPromises()

    expect(writes()).toHaveLength(0)
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写标题', '请填写正文'])
  })

  it('shows the API\'s field messages beside the fields', async () => {
    writeResponse = () => jsonResponse(400, { status: 400, title: '提交的信息有误', code: 'validation.failed', errors: { title: ['标题不能超过60个字'] } })
    const wrapper = mount(ArticlesPanel)
    await flushPromises()

    await wrapper.find('#article-title').setValue('标题')
    await wrapper.find('#article-body').setValue('正文')
    await wrapper.find('[data-test="article-form"]').trigger('submit')
    await flushPromises()

    expect(wrapper.find('.field.invalid .field-error').text()).toBe('标题不能超过60个字')
  })

  it('edits an article with PUT', async () => {
    writeResponse = (url, init) => jsonResponse(200, { ...articles[1], ...JSON.parse(init.body) })
    const wrapper = mount(ArticlesPanel)
    await flushPromises()

    await wrapper.findAll('[data-test="edit"]')[1].trigger('click')
    expect(wrapper.find('#article-body').element.value).toBe('还没写完')
    expect(wrapper.find('#article-published').element.checked).toBe(false)
    await wrapper.find('#article-published').setValue(true)
    await wrapper.find('[data-test="article-form"]').trigger('submit')
    await flushPromises()

    const [[url, init]] = writes()
    expect(url).toBe('/api/v1/admin/articles/a2')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body)).toEqual({ title: '草稿', body: '还没写完', sortOrder: 5, isPublished: true })
  })

  it('deletes only after confirmation', async () => {
    writeResponse = () => {
      articles.shift()
      return jsonResponse(204)
    }
    const wrapper = mount(ArticlesPanel)
    await flushPromises()

    window.confirm.mockReturnValueOnce(false)
    await wrapper.findAll('[data-test="delete"]')[0].trigger('click')
    await flushPromises()
    expect(writes()).toHaveLength(0)

    await wrapper.findAll('[data-test="delete"]')[0].trigger('click')
    await flushPromises()
    const [[url, init]] = writes()
    expect(url).toBe('/api/v1/admin/articles/a1')
    expect(init.method).toBe('DELETE')
    expect(rows(wrapper)).toHaveLength(1)
  })
})
