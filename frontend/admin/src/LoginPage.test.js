import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import App from './App.vue'
import LoginPage from './LoginPage.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

afterEach(() => vi.unstubAllGlobals())

async function fill(wrapper, userName, password) {
  await wrapper.find('#userName').setValue(userName)
  await wrapper.find('#password').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('staff sign-in', () => {
  it('asks for the user name and the password without calling the API', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const wrapper = mount(LoginPage)

    await fill(wrapper, '', '')

    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写用户名', '请填写密码'])
  })

  it('shows the wrong-password message and empties the password', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse(401, { status: 401, code: 'staff.sign-in.failed', title: '用户名或密码错误', detail: '用户名或密码错误' })))
    const wrapper = mount(LoginPage)

    await fill(wrapper, 'admin', 'wrong-password')

    expect(wrapper.find('[role="alert"]').text()).toBe('用户名或密码错误')
    expect(wrapper.find('#password').element.value).toBe('')
    expect(wrapper.emitted('signed-in')).toBeUndefined()
  })

  it('shows the lockout message', async () => {
    const message = '连续登录失败次数过多，账号已锁定，请15分钟后再试'
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse(423, { status: 423, code: 'staff.locked-out', title: message, detail: message })))
    const wrapper = mount(LoginPage)

    await fill(wrapper, 'admin', 'wrong-password')

    expect(wrapper.find('[role="alert"]').text()).toBe(message)
  })

  it('signs in and opens the shell', async () => {
    let signedIn = false
    const fetchMock = vi.fn(async (url, init) => {
      if (url === '/api/v1/auth/staff/login') {
        signedIn = true
        return jsonResponse(200, { id: 's1', userName: 'admin', displayName: '系统管理员', role: 'DistrictAdmin' })
      }
      if (url === '/api/v1/auth/staff/me') {
        return signedIn ? jsonResponse(200, { id: 's1', userName: 'admin', displayName: '系统管理员', role: 'DistrictAdmin' }) : new Response('', { status: 401 })
      }
      return new Response('Healthy', { status: 200 })
    })
    vi.stubGlobal('fetch', fetchMock)
    const wrapper = mount(App)
    await flushPromises()

    await fill(wrapper, 'admin', 'Admin#2024')

    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/v1/auth/staff/login')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body)).toEqual({ userName: 'admin', password: 'Admin#2024' })
    expect(wrapper.find('[data-test="staff"]').text()).toBe('系统管理员（教育局管理员）')
  })
})
