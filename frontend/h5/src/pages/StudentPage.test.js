import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import StudentPage from './StudentPage.vue'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let fetchMock
let putResponse

// GETs made on mount answer with the application and the school list; the PUT answers putResponse.
beforeEach(() => {
  putResponse = null
  fetchMock = vi.fn(async (url, init) => {
    if (init?.method === 'PUT') return putResponse
    if (url.startsWith('/api/v1/schools?')) return jsonResponse(200, [{ id: 's1', name: '登封市直属机关幼儿园' }, { id: 's9', name: '社会零星幼儿园' }])
    if (url.includes('/classes')) return jsonResponse(200, [{ id: 'c1', name: '零班' }])
    return jsonResponse(200, { id: 'a1', graduationType: 'KindergartenGraduate', student: null })
  })
  vi.stubGlobal('fetch', fetchMock)
})

const puts = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT')

afterEach(() => vi.unstubAllGlobals())

async function fillAndSave(wrapper, name, residentId) {
  await flushPromises()
  await wrapper.find('#name').setValue(name)
  await wrapper.find('#residentId').setValue(residentId)
  await wrapper.find('#residentId').trigger('blur')
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('StudentPage', () => {
  it('shows gender and birth date derived from the ID on blur', async () => {
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })
    await wrapper.find('#residentId').setValue('11010519491231002x')
    await wrapper.find('#residentId').trigger('blur')

    const derived = wrapper.find('[data-test="derived"]').text()
    expect(derived).toContain('女')
    expect(derived).toContain('1949-12-31')
    expect(wrapper.find('#residentId').element.value).toBe('11010519491231002X')
  })

  it('shows a problem-details field error under its field', async () => {
    putResponse = (jsonResponse(422, {
      title: 'One or more validation errors occurred.',
      status: 422,
      code: 'student.id.check-digit',
      errors: { residentId: ['身份证号码校验位错误'] },
    }))
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })

    await fillAndSave(wrapper, '张三', '110105194912310021')

    const [url, init] = puts()[0]
    expect(url).toBe('/api/v1/applications/a1/student')
    expect(JSON.parse(init.body)).toEqual({ name: '张三', residentId: '110105194912310021', ethnicityCode: '01' })
    const field = wrapper.find('#residentId').element.closest('.field')
    expect(field.querySelector('.field-error').textContent).toBe('身份证号码校验位错误')
    expect(wrapper.find('#name').element.closest('.field').querySelector('.field-error')).toBeNull()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('shows the detail at page level when no field is named', async () => {
    putResponse = (jsonResponse(409, {
      title: 'Conflict', status: 409, detail: '此学生信息已经登记', code: 'student.id.duplicate',
    }))
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })

    await fillAndSave(wrapper, '张三', '11010519491231002X')

    expect(wrapper.find('[role="alert"]').text()).toBe('此学生信息已经登记')
  })

  it('shows the success message', async () => {
    putResponse = jsonResponse(200, { id: 'a1', message: '学生信息保存成功' })
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })

    await fillAndSave(wrapper, '张三', '11010519491231002X')

    expect(wrapper.find('[role="status"]').text()).toBe('学生信息保存成功')
    expect(wrapper.findAll('.field-error')).toHaveLength(0)
  })

  it('lists the schools of the graduation type and sends the chosen school and class', async () => {
    putResponse = jsonResponse(200, { message: '学生信息保存成功' })
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })
    await flushPromises()

    expect(wrapper.findAll('#graduationSchoolId option').map((o) => o.text())).toEqual(['请选择', '登封市直属机关幼儿园', '社会零星幼儿园'])
    await wrapper.find('#graduationSchoolId').setValue('s9')
    await flushPromises()
    expect(wrapper.find('#graduationClassId').element.value).toBe('c1')
    await wrapper.find('#birthCertificateNumber').setValue('O410012345')
    await fillAndSave(wrapper, '张三', '11010519491231002X')

    const body = JSON.parse(puts()[0][1].body)
    expect(body).toMatchObject({ graduationSchoolId: 's9', graduationClassId: 'c1', birthCertificateNumber: 'O410012345' })
  })

  it('asks for the required fields without calling the API', async () => {
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })
    await wrapper.find('form').trigger('submit')

    expect(puts()).toHaveLength(0)
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写姓名', '请填写身份证号'])
  })
})
