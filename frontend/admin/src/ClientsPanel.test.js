import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ClientsPanel from './ClientsPanel.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

let clients
let postResponse
let fetchMock

beforeEach(() => {
  clients = [
    { id: 'c1', clientId: 'cli_0000000000000001', name: '学籍系统', scopes: ['applications:read'], createdAt: '2026-09-01T02:00:00Z', revokedAt: null },
    { id: 'c2', clientId: 'cli_0000000000000002', name: '旧分班系统', scopes: ['applications:read', 'applications:read:pii'], createdAt: '2026-10-01T02:00:00Z', revokedAt: '2026-10-02T02:00:00Z' },
  ]
  postResponse = null
  fetchMock = vi.fn(async (url, init) => (init?.method === 'POST' ? postResponse(url, init.body ? JSON.parse(init.body) : undefined) : jsonResponse(200, clients)))
  vi.stubGlobal('fetch', fetchMock)
  vi.stubGlobal('confirm', vi.fn(() => true))
  document.cookie = 'enrollment.staff.csrf=stafftok; path=/'
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'enrollment.staff.csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

const rows = (wrapper) => wrapper.findAll('[data-test="clients"] tbody tr').map((r) => r.findAll('td').map((c) => c.text()))
const row = (wrapper, clientId) => wrapper.find(`[data-test="clients"] tr[data-client="${clientId}"]`)
const posts = () => fetchMock.mock.calls.filter(([, i]) => i?.method === 'POST')

async function mounted() {
  const wrapper = mount(ClientsPanel)
  await flushPromises()
  return wrapper
}

describe('ClientsPanel', () => {
  it('lists the clients, newest first, with scopes and revocation', async () => {
    const wrapper = await mounted()

    expect(rows(wrapper).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['旧分班系统', 'cli_0000000000000002', 'applications:readapplications:read:pii'],
      ['学籍系统', 'cli_0000000000000001', 'applications:read'],
    ])
    expect(rows(wrapper)[0][4]).toMatch(/^已吊销（2026\/10\/2/)
    expect(rows(wrapper)[1][4]).toBe('有效')
    expect(row(wrapper, 'cli_0000000000000002').find('[data-test="revoke"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('完整的身份证号、手机号')
  })

  it('creates a client and shows its secret once, until closed', async () => {
    postResponse = (url, body) => {
      clients.push({ id: 'c3', clientId: 'cli_0000000000000003', name: body.name, scopes: body.scopes, createdAt: '2026-11-28T02:00:00Z', revokedAt: null })
      return jsonResponse(201, { id: 'c3', clientId: 'cli_0000000000000003', clientSecret: 's3cr3t-shown-once', name: body.name, scopes: body.scopes })
    }
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { clipboard: { writeText } })
    const wrapper = await mounted()
    expect(wrapper.find('[data-test="client-secret"]').exists()).toBe(false)

    await wrapper.find('#client-name').setValue('分班系统')
    await wrapper.find('[data-scope="applications:read:pii"]').setValue(true)
    await wrapper.find('[data-test="client-form"]').trigger('submit')
    await flushPromises()

    const [[url, init]] = posts()
    expect(url).toBe('/api/v1/admin/clients')
    expect(init.headers['X-CSRF-Token']).toBe('stafftok')
    expect(JSON.parse(init.body)).toEqual({ name: '分班系统', scopes: ['applications:read', 'applications:read:pii'] })
    expect(wrapper.find('[data-test="client-secret"]').element.value).toBe('s3cr3t-shown-once')
    expect(wrapper.find('[data-test="client-id"]').element.value).toBe('cli_0000000000000003')
    expect(wrapper.find('[data-test="secret-warning"]').text()).toContain('只显示这一次')
    expect(rows(wrapper)[0][0]).toBe('分班系统')
    // The list never carries the secret.
    expect(wrapper.find('[data-test="clients"]').text()).not.toContain('s3cr3t-shown-once')
    expect(wrapper.find('#client-name').element.value).toBe('')

    await wrapper.find('[data-test="copy-secret"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('s3cr3t-shown-once')
    expect(wrapper.find('[data-test="created-client"] [role="status"]').text()).toBe('已复制')

    await wrapper.find('[data-test="close-secret"]').trigger('click')
    expect(wrapper.find('[data-test="client-secret"]').exists()).toBe(false)
    expect(wrapper.html()).not.toContain('s3cr3t-shown-once')
  })

  it('asks for a name and a scope, and shows the server\'s field errors', async () => {
    const wrapper = await mounted()
    await wrapper.find('[data-scope="applications:read"]').setValue(false)
    await wrapper.find('[data-test="client-form"]').trigger('submit')
    expect(posts()).toHaveLength(0)
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写客户端名称', '请选择权限范围'])

    postResponse = () => jsonResponse(400, {
      status: 400, code: 'validation.failed', title: '填写的信息有误',
      errors: { name: ['名称不能超过100个字'], 'scopes[0]': ['未知的权限范围'] },
    })
    await wrapper.find('#client-name').setValue('很长的名称')
    await wrapper.find('[data-scope="applications:read"]').setValue(true)
    await wrapper.find('[data-test="client-form"]').trigger('submit')
    await flushPromises()

    const errorsAt = (el) => [...el.closest('.field').querySelectorAll('.field-error')].map((e) => e.textContent)
    expect(errorsAt(wrapper.find('#client-name').element)).toEqual(['名称不能超过100个字'])
    expect(errorsAt(wrapper.find('[data-scope="applications:read"]').element)).toEqual(['未知的权限范围'])
    expect(wrapper.find('[data-test="client-secret"]').exists()).toBe(false)
  })

  it('revokes only after confirmation', async () => {
    postResponse = (url) => {
      clients[0].revokedAt = '2026-11-28T03:00:00Z'
      return jsonResponse(200, clients[0])
    }
    const wrapper = await mounted()

    vi.stubGlobal('confirm', vi.fn(() => false))
    await row(wrapper, 'cli_0000000000000001').find('[data-test="revoke"]').trigger('click')
    await flushPromises()
    expect(window.confirm.mock.calls[0][0]).toContain('学籍系统')
    expect(posts()).toHaveLength(0)

    vi.stubGlobal('confirm', vi.fn(() => true))
    await row(wrapper, 'cli_0000000000000001').find('[data-test="revoke"]').trigger('click')
    await flushPromises()
    const [[url, init]] = posts()
    expect(url).toBe('/api/v1/admin/clients/c1/revocation')
    expect(init.headers['X-CSRF-Token']).toBe('stafftok')
    expect(row(wrapper, 'cli_0000000000000001').text()).toContain('已吊销')
    expect(row(wrapper, 'cli_0000000000000001').find('[data-test="revoke"]').exists()).toBe(false)
  })
})
