import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import App from './App.vue'

afterEach(() => vi.unstubAllGlobals())

describe('admin shell', () => {
  it('shows the title, the navigation and the readiness result', async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response('Healthy', { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)

    const wrapper = mount(App)
    await flushPromises()

    expect(wrapper.find('h1').text()).toBe('义务教育新生入学信息采集 · 管理后台')
    expect(wrapper.findAll('nav button').map((b) => b.text())).toEqual(['审核队列', '招生季', '学校', '统计'])
    expect(fetchMock).toHaveBeenCalledWith('/health/ready', expect.anything())
    expect(wrapper.find('[data-test="health"]').text()).toContain('Healthy')

    await wrapper.findAll('nav button')[2].trigger('click')
    expect(wrapper.find('.panel h2').text()).toBe('学校')
    expect(wrapper.find('.panel').text()).toContain('即将上线')
  })

  it('shows an unhealthy answer and a connection failure', async () => {
    vi.stubGlobal('fetch', vi.fn()
      .mockResolvedValueOnce(new Response('Unhealthy', { status: 503 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch')))

    const wrapper = mount(App)
    await flushPromises()
    expect(wrapper.find('[data-test="health"]').text()).toContain('Unhealthy（HTTP 503）')

    await wrapper.find('button.link').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="health"]').text()).toContain('无法连接服务')
  })
})
