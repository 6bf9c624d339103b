import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import EvidencePage from './EvidencePage.vue'
import { EVIDENCE_KINDS, nextPath } from '../evidence.js'

function jsonResponse(status, body, headers = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

const VILLAGE = '410185001001'
const TOWN = '410185001000'

// A value per field that the form accepts, and what the API saved for it.
const SAMPLE = {
  holder: 'Mother', parent: 'Mother', recipient: 'Mother', owner: 'Mother',
  titleType: 'RealEstateCertificate', paymentType: 'Gas', validUntil: '2027-06-30',
  certificateNumber: 'C-001', permitNumber: 'P-001', employer: '某某建材有限公司', socialInsuranceNumber: 'S-001',
  businessLicence: '91512081MA62K0260E', relocatedPersonName: '张建国', relocatedPersonResidentId: '11010519491231002X',
  agreementNumber: 'DF-CQ-2021-0088', accountNumber: '0301234567', accountHolderName: '李娜',
}

let fetchMock
let writeResponse
let guardians
let pages

function savedFields(spec) {
  const fields = { regionCode: VILLAGE, regionName: '嵩溪园居委会', addressDetail: '中岳大街72号' }
  for (const f of spec.fields) fields[f.name] = SAMPLE[f.name]
  if (spec.community) fields.community = '秀丽王府花园'
  return fields
}

beforeEach(() => {
  writeResponse = null
  guardians = { father: null, mother: { name: '李娜' } }
  pages = EVIDENCE_KINDS.map((k) => ({ kind: k.kind, page: k.page, title: k.title, state: 'NotAnswered', fields: null }))
  fetchMock = vi.fn(async (url, init) => {
    if (init?.method === 'PUT' || init?.method === 'POST') return writeResponse
    if (url.includes('/regions/410185000000/')) return jsonResponse(200, [{ code: TOWN, name: '嵩阳街道' }])
    if (url.includes('/regions/')) return jsonResponse(200, [{ code: VILLAGE, name: '嵩溪园居委会' }])
    if (url.endsWith('/evidence')) return jsonResponse(200, { applicationId: 'a1', version: 3, pages }, { ETag: '"3"' })
    return jsonResponse(200, { id: 'a1', guardians })
  })
  vi.stubGlobal('fetch', fetchMock)
  window.location.hash = ''
})

afterEach(() => vi.unstubAllGlobals())

const writes = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT' || init?.method === 'POST')
const errorOf = (wrapper, selector) => wrapper.find(selector).element.closest('.field').querySelector('.field-error')?.textContent

describe.each(EVIDENCE_KINDS)('EvidencePage $page $title', (spec) => {
  it('renders the guide\'s labels, holder choices limited to the filled parents, and the two buttons', async () => {
    const wrapper = mount(EvidencePage, { props: { applicationId: 'a1', kind: spec.kind } })
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe(spec.title)
    const labels = wrapper.findAll('label[for]').map((l) => l.text().replace('*', ''))
    for (const f of spec.fields) expect(labels).toContain(f.label)
    expect(labels).toContain(`${spec.address}（地区）`)
    expect(labels.includes('所属小区')).toBe(spec.community)
    for (const f of spec.fields.filter((x) => x.type === 'parent')) {
      const options = wrapper.find(`#${f.name}`).findAll('option').map((o) => o.attributes('value'))
      expect(options).toEqual(['', 'Mother'])
      expect(wrapper.find(`#${f.name}`).text()).not.toContain('父亲')
    }
    for (const f of spec.fields.filter((x) => x.type === 'select')) {
      expect(wrapper.find(`#${f.name}`).findAll('option').slice(1).map((o) => o.text())).toEqual(f.options.map((o) => o.label))
    }
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['保存进入下一步', '无此信息跳过'])
  })

  it('pre-fills what was saved, says so, and PUTs the body with If-Match, then goes to the next page', async () => {
    pages.find((p) => p.kind === spec.kind).state = 'Saved'
    pages.find((p) => p.kind === spec.kind).fields = savedFields(spec)
    pages.find((p) => p.kind === spec.kind).updatedAt = '2026-11-28T08:00:00Z'
    writeResponse = jsonResponse(200, { message: `${spec.title}保存成功`, version: 4, page: {} })
    const wrapper = mount(EvidencePage, { props: { applicationId: 'a1', kind: spec.kind } })
    await flushPromises()

    expect(wrapper.find('[data-test="state"]').text()).toContain('已保存')
    for (const f of spec.fields) expect(wrapper.find(`#${f.name}`).element.value).toBe(SAMPLE[f.name])
    expect(wrapper.find('#addressDetail').element.value).toBe('中岳大街72号')
    expect(wrapper.find('select[name="regionCode"]').element.value).toBe(VILLAGE)

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const [url, init] = writes()[0]
    expect(url).toBe(`/api/v1/applications/a1/evidence/${spec.kind}`)
    expect(init.method).toBe('PUT')
    expect(init.headers['If-Match']).toBe('"3"')
    const { regionName, ...expected } = savedFields(spec)
    expect(regionName).toBeDefined()
    expect(JSON.parse(init.body)).toEqual(expected)
    expect(window.location.hash).toBe(`#${nextPath('a1', spec.kind)}`)
  })

  it('skips with 无此信息跳过 and goes to the next page', async () => {
    writeResponse = jsonResponse(200, { message: '已跳过', version: 4, page: {} })
    const wrapper = mount(EvidencePage, { props: { applicationId: 'a1', kind: spec.kind } })
    await flushPromises()
    await wrapper.findAll('button').find((b) => b.text() === '无此信息跳过').trigger('click')
    await flushPromises()
    const [url, init] = writes()[0]
    expect(url).toBe(`/api/v1/applications/a1/evidence/${spec.kind}/skip`)
    expect(init.method).toBe('POST')
    expect(window.location.hash).toBe(`#${nextPath('a1', spec.kind)}`)
  })

  it('shows the 400 field map under the fields and stays on the page', async () => {
    const first = spec.fields[0].name
    writeResponse = jsonResponse(400, { status: 400, errors: { [first[0].toUpperCase() + first.slice(1)]: ['请填写这一项'], regionCode: ['请选择地址所在地区'] } })
    const wrapper = mount(EvidencePage, { props: { applicationId: 'a1', kind: spec.kind } })
    await flushPromises()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, `#${first}`)).toBe('请填写这一项')
    expect(errorOf(wrapper, '#regionCode')).toBe('请选择地址所在地区')
    expect(window.location.hash).toBe('')
  })
})

describe('EvidencePage', () => {
  it('shows a skipped page as skipped, and a 422 rule at the field its errors name', async () => {
    pages[0].state = 'Skipped'
    pages[0].skippedAt = '2026-11-28T08:00:00Z'
    guardians = { father: { name: '张伟' }, mother: { name: '李娜' } }
    writeResponse = jsonResponse(422, { status: 422, code: 'region.too-shallow', title: '地址请选择到村（社区）居委会', errors: { regionCode: ['地址请选择到村（社区）居委会'] } })
    const wrapper = mount(EvidencePage, { props: { applicationId: 'a1', kind: 'property' } })
    await flushPromises()
    expect(wrapper.find('[data-test="state"]').attributes('data-state')).toBe('Skipped')
    expect(wrapper.find('[data-test="state"]').text()).toContain('无此信息跳过')
    expect(wrapper.find('#holder').findAll('option').map((o) => o.text())).toEqual(['请选择', '父亲（张伟）', '母亲（李娜）'])

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, '#regionCode')).toBe('地址请选择到村（社区）居委会')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
