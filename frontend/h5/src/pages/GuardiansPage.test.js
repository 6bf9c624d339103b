import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import GuardiansPage from './GuardiansPage.vue'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let fetchMock
let putResponse

beforeEach(() => {
  putResponse = null
  fetchMock = vi.fn(async (url, init) => {
    if (init?.method === 'PUT') return putResponse
    if (url.includes('/regions/')) return jsonResponse(200, { items: [{ code: '410185001000', name: '嵩阳街道' }] })
    return jsonResponse(200, { id: 'a1', guardians: { father: null, mother: null } })
  })
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => vi.unstubAllGlobals())

const puts = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')

describe('GuardiansPage', () => {
  it('asks for at least one parent without calling the API', async () => {
    const wrapper = mount(GuardiansPage, { props: { applicationId: 'a1' } })
    await flushPromises()
    await wrapper.find('form').trigger('submit')

    expect(puts()).toHaveLength(0)
    expect(wrapper.find('[role="alert"]').text()).toBe('学生父母信息至少填写父母一方的信息')
  })

  it('sends only the parent that was filled in and shows field errors by path', async () => {
    putResponse = jsonResponse(400, { status: 400, code: 'validation.failed', errors: { 'father.residentId': ['身份证号校验位错误，请核对是否填写有误'] } })
    const wrapper = mount(GuardiansPage, { props: { applicationId: 'a1' } })
    await flushPromises()
    await wrapper.find('#father-name').setValue('张伟')
    await wrapper.find('#father-residentId').setValue('410185198805010010')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const [url, init] = puts()[0]
    expect(url).toBe('/api/v1/applications/a1/guardians')
    const body = JSON.parse(init.body)
    expect(body.mother).toBeNull()
    expect(body.father.name).toBe('张伟')
    const field = wrapper.find('#father-residentId').element.closest('.field')
    expect(field.querySelector('.field-error').textContent).toBe('身份证号校验位错误，请核对是否填写有误')
  })
})
