import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ArticlesPage from './ArticlesPage.vue'
import ArticlePage from './ArticlePage.vue'
import HomePage from './HomePage.vue'
import { resolve } from '../router.js'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } })
}

afterEach(() => vi.unstubAllGlobals())

describe('家长必读', () => {
  it('is the first entry of the home menu', () => {
    const wrapper = mount(HomePage)
    const first = wrapper.find('.menu button')
    expect(first.text()).toBe('家长必读')
    first.trigger('click')
    expect(window.location.hash).toBe('#/articles')
  })

  it('routes #/articles and #/articles/{id}', () => {
    expect(resolve('#/articles').name).toBe('articles')
    expect(resolve('#/articles/abc')).toMatchObject({ name: 'article', params: { id: 'abc' } })
  })

  it('lists titles and summaries, each linking to its article, without signing in', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, [
      { id: 'a1', title: '信息采集操作说明', summary: '1. 打开微信…', publishedAt: '2024-06-01T00:00:00Z' },
      { id: 'a2', title: '常见问题', summary: '问：提示“此学生信息已经登记”怎么办？', publishedAt: '2024-06-02T00:00:00Z' },
    ]))
    vi.stubGlobal('fetch', fetch)
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })

    const wrapper = mount(ArticlesPage)
    await flushPromises()

    expect(fetch.mock.calls[0][0]).toBe('/api/v1/articles')
    const items = wrapper.findAll('[data-test="article"]')
    expect(items).toHaveLength(2)
    expect(items[0].text()).toContain('信息采集操作说明')
    expect(items[1].text()).toContain('此学生信息已经登记')
    expect(items[1].attributes('href')).toBe('#/articles/a2')
    expect(assign).not.toHaveBeenCalled()
  })

  it('says 暂无文章 when nothing is published', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, [])))
    const wrapper = mount(ArticlesPage)
    await flushPromises()
    expect(wrapper.text()).toContain('暂无文章')
  })

  it('shows the article as text, paragraphs kept, never as HTML', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, {
      id: 'a2', title: '常见问题', body: '问：<b>出生证编号</b>在哪里？\n答：在出生证右下角。', publishedAt: '2024-06-02T00:00:00Z', updatedAt: '2024-06-03T00:00:00Z',
    }))
    vi.stubGlobal('fetch', fetch)

    const wrapper = mount(ArticlePage, { props: { articleId: 'a2' } })
    await flushPromises()

    expect(fetch.mock.calls[0][0]).toBe('/api/v1/articles/a2')
    expect(wrapper.find('h2').text()).toBe('常见问题')
    expect(wrapper.text()).toContain('2024/6/2')
    const body = wrapper.find('[data-test="body"]')
    expect(body.element.textContent).toBe('问：<b>出生证编号</b>在哪里？\n答：在出生证右下角。')
    expect(body.find('b').exists()).toBe(false)
    expect(body.classes()).toContain('article-body')
  })

  it('says so when the article is gone', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(404, { status: 404, title: '请求的内容不存在', code: 'not-found' })))
    const wrapper = mount(ArticlePage, { props: { articleId: 'gone' } })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('文章不存在或已撤下')
  })
})
