import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import StaffPanel from './StaffPanel.vue'

function jsonResponse(status, body) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const SEASON = 'season-2027'
const school = (id, name) => ({ id, seasonId: SEASON, name, kind: 'Primary', isScattered: false, sortOrder: 1, classes: [] })

let staff
let writeResponse
let fetchMock

beforeEach(() => {
  staff = [
    { id: 'a1', userName: 'admin', displayName: '系统管理员', role: 'DistrictAdmin', schoolIds: [], disabled: false, lockedUntil: null },
    { id: 'r1', userName: 'reviewer', displayName: '王老师', role: 'SchoolReviewer', schoolIds: ['s1', 'old'], disabled: false, lockedUntil: '2999-01-01T00:00:00Z' },
    { id: 'u1', userName: 'auditor', displayName: '李审计', role: 'Auditor', schoolIds: [], disabled: true, lockedUntil: null },
  ]
  writeResponse = null
  fetchMock = vi.fn(async (url, init) => {
    if (init?.method === 'POST' || init?.method === 'PUT') return writeResponse(url, JSON.parse(init.body))
    if (url === '/api/v1/admin/staff') return jsonResponse(200, staff)
    if (url === '/api/v1/admin/seasons') {
      return jsonResponse(200, [{ id: SEASON, year: 2027, name: '2027年招生', isOpen: true }, { id: 'season-2026', year: 2026, name: '2026年招生', isOpen: false }])
    }
    if (url === `/api/v1/admin/schools?seasonId=${SEASON}`) return jsonResponse(200, [school('s1', '登封市实验小学'), school('s2', '登封市嵩阳中心小学')])
    return new Response('', { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
  vi.stubGlobal('confirm', vi.fn(() => true))
  document.cookie = 'enrollment.staff.csrf=stafftok; path=/'
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.cookie = 'enrollment.staff.csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

const rows = (wrapper) => wrapper.findAll('[data-test="staff-list"] tbody tr').map((r) => r.findAll('td').map((c) => c.text()))
const row = (wrapper, userName) => wrapper.find(`[data-test="staff-list"] tr[data-user="${userName}"]`)
const errorOf = (wrapper, selector) => [...wrapper.find(selector).element.closest('.field').querySelectorAll('.field-error')].map((e) => e.textContent)
const writes = () => fetchMock.mock.calls.filter(([, i]) => i?.method === 'POST' || i?.method === 'PUT')

async function mounted() {
  const wrapper = mount(StaffPanel)
  await flushPromises()
  return wrapper
}

describe('StaffPanel', () => {
  it('lists the accounts with role, schools by name and state', async () => {
    const wrapper = await mounted()

    expect(rows(wrapper).map((r) => r.slice(0, 5))).toEqual([
      ['admin', '系统管理员', '教育局管理员', '—', '正常'],
      ['auditor', '李审计', '审计员', '—', '已停用'],
      ['reviewer', '王老师', '学校审核员', '登封市实验小学、当前招生季以外的学校', expect.stringMatching(/^已锁定（至 .+）$/)],
    ])
    expect(row(wrapper, 'auditor').find('[data-test="toggle"]').text()).toBe('启用')
    expect(row(wrapper, 'admin').find('[data-test="toggle"]').text()).toBe('停用')
  })

  it('offers the current season\'s schools only to a 学校审核员 and creates one with the CSRF token', async () => {
    writeResponse = (url, body) => {
      staff.push({ id: 'n1', ...body, userName: body.userName, disabled: false, lockedUntil: null })
      return jsonResponse(201, staff.at(-1))
    }
    const wrapper = await mounted()

    await wrapper.find('#staff-userName').setValue('zhang.san')
    await wrapper.find('#staff-displayName').setValue('张三')
    await wrapper.find('#staff-password').setValue('Initial#2027')
    await wrapper.find('#staff-role').setValue('Auditor')
    expect(wrapper.find('[data-test="schools"]').exists()).toBe(false)
    await wrapper.find('#staff-role').setValue('SchoolReviewer')
    const boxes = wrapper.findAll('[data-test="schools"] label')
    expect(boxes.map((b) => b.text())).toEqual(['登封市实验小学', '登封市嵩阳中心小学'])
    expect(wrapper.find('[data-test="schools"] legend').text()).toContain('2027年招生')
    await boxes[1].find('input').setValue(true)
    await wrapper.find('[data-test="staff-form"]').trigger('submit')
    await flushPromises()

    const [[url, init]] = writes()
    expect(url).toBe('/api/v1/admin/staff')
    expect(init.method).toBe('POST')
    expect(init.headers['X-CSRF-Token']).toBe('stafftok')
    expect(JSON.parse(init.body)).toEqual({ userName: 'zhang.san', displayName: '张三', password: 'Initial#2027', role: 'SchoolReviewer', schoolIds: ['s2'] })
    expect(wrapper.find('[role="status"]').text()).toBe('已创建「zhang.san」')
    expect(rows(wrapper).find((r) => r[0] === 'zhang.san')[3]).toBe('登封市嵩阳中心小学')
    expect(wrapper.find('#staff-userName').element.value).toBe('')
  })

  it('asks for the required fields without calling the API', async () => {
    const wrapper = await mounted()
    await wrapper.find('#staff-role').setValue('SchoolReviewer')
    await wrapper.find('[data-test="staff-form"]').trigger('submit')

    expect(writes()).toHaveLength(0)
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写用户名', '请填写姓名', '请填写初始密码', '请选择学校'])
  })

  it('shows the server\'s field errors and a taken user name next to their fields', async () => {
    writeResponse = () => jsonResponse(400, {
      status: 400, code: 'validation.failed', title: '填写的信息有误',
      errors: { userName: ['用户名为3–32位字母、数字或 _ . -'], password: ['密码至少8位'] },
    })
    const wrapper = await mounted()
    await wrapper.find('#staff-userName').setValue('张三')
    await wrapper.find('#staff-displayName').setValue('张三')
    await wrapper.find('#staff-password').setValue('short')
    await wrapper.find('#staff-role').setValue('Auditor')
    await wrapper.find('[data-test="staff-form"]').trigger('submit')
    await flushPromises()

    expect(errorOf(wrapper, '#staff-userName')).toEqual(['用户名为3–32位字母、数字或 _ . -'])
    expect(errorOf(wrapper, '#staff-password')).toEqual(['密码至少8位'])
    expect(wrapper.find('[data-test="staff-form"] [role="alert"]').exists()).toBe(false)

    writeResponse = () => jsonResponse(409, { status: 409, code: 'staff.user-name.duplicate', title: '用户名已存在', detail: '用户名已存在', errors: { userName: ['用户名已存在'] } })
    await wrapper.find('#staff-userName').setValue('reviewer')
    await wrapper.find('#staff-password').setValue('Long-enough#1')
    await wrapper.find('[data-test="staff-form"]').trigger('submit')
    await flushPromises()

    expect(errorOf(wrapper, '#staff-userName')).toEqual(['用户名已存在'])
    expect(errorOf(wrapper, '#staff-password')).toEqual([])
  })

  it('edits display name, role and password; staff.self shows at the role', async () => {
    writeResponse = (url, body) => jsonResponse(200, { ...staff[1], ...body })
    const wrapper = await mounted()

    await row(wrapper, 'reviewer').find('[data-test="edit"]').trigger('click')
    expect(wrapper.findAll('h2')[1].text()).toBe('编辑人员：reviewer')
    expect(wrapper.find('#staff-userName').element.disabled).toBe(true)
    expect(wrapper.find('#staff-role').element.value).toBe('SchoolReviewer')
    await wrapper.find('#staff-displayName').setValue('王老师（嵩阳）')
    await wrapper.find('#staff-password').setValue('Reset#2027')
    await wrapper.find('[data-test="staff-form"]').trigger('submit')
    await flushPromises()

    const [[url, init]] = writes()
    expect(url).toBe('/api/v1/admin/staff/r1')
    expect(init.method).toBe('PUT')
    // The ids of an earlier season's schools are kept: the form only adds or removes this season's.
    expect(JSON.parse(init.body)).toEqual({ displayName: '王老师（嵩阳）', role: 'SchoolReviewer', schoolIds: ['s1', 'old'], disabled: false, newPassword: 'Reset#2027' })
    expect(wrapper.find('[role="status"]').text()).toBe('已保存「reviewer」')

    const message = '不能停用自己的账号或取消自己的管理员角色'
    writeResponse = () => jsonResponse(409, { status: 409, code: 'staff.self', title: message, detail: message })
    await row(wrapper, 'admin').find('[data-test="edit"]').trigger('click')
    await wrapper.find('#staff-role').setValue('Auditor')
    await wrapper.find('[data-test="staff-form"]').trigger('submit')
    await flushPromises()

    expect(errorOf(wrapper, '#staff-role')).toEqual([message])
    expect(JSON.parse(writes()[1][1].body)).not.toHaveProperty('newPassword')
  })

  it('disables after confirmation, enables without, and shows staff.self on the row', async () => {
    writeResponse = (url, body) => {
      const s = staff.find((x) => url.endsWith(x.id))
      Object.assign(s, body)
      return jsonResponse(200, s)
    }
    const wrapper = await mounted()

    vi.stubGlobal('confirm', vi.fn(() => false))
    await row(wrapper, 'reviewer').find('[data-test="toggle"]').trigger('click')
    await flushPromises()
    expect(writes()).toHaveLength(0)

    vi.stubGlobal('confirm', vi.fn(() => true))
    await row(wrapper, 'reviewer').find('[data-test="toggle"]').trigger('click')
    await flushPromises()
    expect(JSON.parse(writes()[0][1].body)).toEqual({ displayName: '王老师', role: 'SchoolReviewer', schoolIds: ['s1', 'old'], disabled: true })
    expect(row(wrapper, 'reviewer').text()).toContain('已停用')

    await row(wrapper, 'auditor').find('[data-test="toggle"]').trigger('click')
    await flushPromises()
    expect(JSON.parse(writes()[1][1].body).disabled).toBe(false)
    expect(window.confirm).toHaveBeenCalledTimes(1)

    const message = '不能停用自己的账号或取消自己的管理员角色'
    writeResponse = () => jsonResponse(409, { status: 409, code: 'staff.self', title: message, detail: message })
    await row(wrapper, 'admin').find('[data-test="toggle"]').trigger('click')
    await flushPromises()
    expect(row(wrapper, 'admin').find('[role="alert"]').text()).toBe(message)
  })
})
