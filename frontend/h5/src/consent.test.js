import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import App from './App.vue'
import { currentRoute, resolve } from './router.js'
import GraduationTypePage from './pages/GraduationTypePage.vue'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let me

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn())
  vi.stubGlobal('fetch', vi.fn(async (url) => {
    if (url === '/api/v1/me') return jsonResponse(200, me)
    if (url === '/api/v1/agreement') return jsonResponse(200, { version: 1, title: '平台协议', text: '…', accepted: false, shownAt: new Date().toISOString(), minimumReadingSeconds: 30 })
    return jsonResponse(200, [])
  }))
})

afterEach(() => vi.unstubAllGlobals())

async function open(hash) {
  window.location.hash = hash
  currentRoute.value = resolve(hash)
  const wrapper = mount(App)
  await flushPromises()
  return wrapper
}

describe('consent gate', () => {
  it('sends a parent who has not accepted the agreement from 信息采集 to 平台协议, with the way back', async () => {
    me = { agreementAccepted: false }
    await open('#/apply')

    expect(window.location.hash).toBe('#/agreement?returnTo=%2Fapply')
  })

  it('opens the wizard page after acceptance', async () => {
    me = { agreementAccepted: true }
    const wrapper = await open('#/apply')

    expect(window.location.hash).toBe('#/apply')
    expect(wrapper.find('h1').text()).toBe('毕业类型')
  })

  it('does not gate 毕业生列表', async () => {
    me = { agreementAccepted: false }
    await open('#/students')

    expect(window.location.hash).toBe('#/students')
  })

  it('goes to 平台协议 when the API refuses a write with agreement.required', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(
      JSON.stringify({ status: 403, code: 'agreement.required', title: '请先阅读并同意平台协议' }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
    )))
    window.location.hash = '#/apply'
    const wrapper = mount(GraduationTypePage)
    await wrapper.find('input[value="KindergartenGraduate"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(window.location.hash).toBe('#/agreement?returnTo=%2Fapply')
    expect(wrapper.find('[role="alert"]').text()).toBe('请先阅读并同意平台协议')
  })

  it('reads returnTo from the hash query', () => {
    expect(resolve('#/agreement?returnTo=%2Fapply%2Fa1%2Fstudent')).toMatchObject({ name: 'agreement', query: { returnTo: '/apply/a1/student' } })
  })
})
