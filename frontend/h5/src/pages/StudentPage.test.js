import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import StudentPage from './StudentPage.vue'

function jsonResponse(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let fetchMock

beforeEach(() => {
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => vi.unstubAllGlobals())

async function fillAndSave(wrapper, name, residentId) {
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
    fetchMock.mockResolvedValue(jsonResponse(422, {
      title: 'One or more validation errors occurred.',
      status: 422,
      code: 'student.id.check-digit',
      errors: { residentId: ['身份证号码校验位错误'] },
    }))
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })

    await fillAndSave(wrapper, '张三', '110105194912310021')

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/applications/a1/student')
    expect(JSON.parse(init.body)).toEqual({ name: '张三', residentId: '110105194912310021' })
    const field = wrapper.find('#residentId').element.closest('.field')
    expect(field.querySelector('.field-error').textContent).toBe('身份证号码校验位错误')
    expect(wrapper.find('#name').element.closest('.field').querySelector('.field-error')).toBeNull()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('shows the detail at page level when no field is named', async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, {
      title: 'Conflict', status: 409, detail: '此学生信息已经登记', code: 'student.id.duplicate',
    }))
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })

    await fillAndSave(wrapper, '张三', '11010519491231002X')

    expect(wrapper.find('[role="alert"]').text()).toBe('此学生信息已经登记')
  })

  it('shows the success message', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { id: 'a1', message: '学生信息保存成功' }))
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })

    await fillAndSave(wrapper, '张三', '11010519491231002X')

    expect(wrapper.find('[role="status"]').text()).toBe('学生信息保存成功')
    expect(wrapper.findAll('.field-error')).toHaveLength(0)
  })

  it('asks for the required fields without calling the API', async () => {
    const wrapper = mount(StudentPage, { props: { applicationId: 'a1' } })
    await wrapper.find('form').trigger('submit')

    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.findAll('.field-error').map((e) => e.text())).toEqual(['请填写姓名', '请填写身份证号'])
  })
})
