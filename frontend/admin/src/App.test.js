import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import App from './App.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const admin = { id: 's1', userName: 'admin', displayName: '系统管理员', role: 'DistrictAdmin', schoolIds: [] }

// Routes the SPA's requests; `health` answers /health/ready.
function api({ me = admin, health = () => new Response('Healthy', { status: 200 }), extra = () => null } = {}) {
  return vi.fn(async (url, init) => {
    const answer = extra(url, init)
    if (answer) return answer
    if (url === '/api/v1/auth/staff/me') return me ? jsonResponse(200, me) : new Response('', { status: 401 })
    if (url === '/health/ready') return health()
    if (url === '/api/v1/admin/agreements') return jsonResponse(200, [])
    return new Response('', { status: 404 })
  })
}

afterEach(() => vi.unstubAllGlobals())

describe('admin shell', () => {
  it('shows the signed-in staff member, the navigation and the readiness result', async () => {
    const fetchMock = api()
    vi.stubGlobal('fetch', fetchMock)

    const wrapper = mount(App)
    await flushPromises()

    expect(wrapper.find('h1').text()).toBe('义务教育新生入学信息采集 · 管理后台')
    expect(wrapper.find('[data-test="staff"]').text()).toBe('系统管理员（教育局管理员）')
    expect(wrapper.findAll('nav button').map((b) => b.text())).toEqual(['审核队列', '招生季', '学校', '统计', '家长必读', '平台协议', '人员管理', '接口客户端'])
    expect(fetchMock).toHaveBeenCalledWith('/health/ready', expect.anything())
    expect(wrapper.find('[data-test="health"]').text()).toContain('Healthy')

    await wrapper.findAll('nav button')[2].trigger('click')
    expect(wrapper.find('.panel h2').text()).toBe('学校')
    expect(wrapper.find('.panel').text()).toContain('即将上线')
  })

  it('does not offer the district admin pages to a reviewer', async () => {
    vi.stubGlobal('fetch', api({ me: { ...admin, displayName: '审核员', role: 'SchoolReviewer' } }))
    const wrapper = mount(App)
    await flushPromises()

    expect(wrapper.findAll('nav button').map((b) => b.text())).toEqual(['审核队列', '招生季', '学校', '统计'])
    expect(wrapper.find('[data-test="staff"]').text()).toBe('审核员（学校审核员）')
  })

  it('shows an unhealthy answer and a connection failure', async () => {
    const health = vi.fn()
      .mockResolvedValueOnce(new Response('Unhealthy', { status: 503 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
    vi.stubGlobal('fetch', api({ health }))

    const wrapper = mount(App)
    await flushPromises()
    expect(wrapper.find('[data-test="health"]').text()).toContain('Unhealthy（HTTP 503）')

    await wrapper.find('[aria-labelledby="status-title"] button.link').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="health"]').text()).toContain('无法连接服务')
  })

  it('signs out with the CSRF token and shows the sign-in screen', async () => {
    document.cookie = 'enrollment.staff.csrf=stafftok; path=/'
    const fetchMock = api({ extra: (url) => (url === '/api/v1/auth/logout' ? new Response(null, { status: 204 }) : null) })
    vi.stubGlobal('fetch', fetchMock)
    const wrapper = mount(App)
    await flushPromises()

    await wrapper.find('[data-test="logout"]').trigger('click')
    await flushPromises()

    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/logout')
    expect(init.method).toBe('POST')
    expect(init.headers['X-CSRF-Token']).toBe('stafftok')
    expect(wrapper.find('form').exists()).toBe(true)
    expect(wrapper.find('input[type="password"]').exists()).toBe(true)
    document.cookie = 'enrollment.staff.csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })
})
