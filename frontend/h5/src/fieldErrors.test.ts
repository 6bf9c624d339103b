import { describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { ApiError } from '../../shared/http.js'
import { changedFields, isRetryable, placeErrors, useFieldErrors } from './fieldErrors'

const problem = (fieldErrors: Record<string, string[]>, title = '请求参数有误') => new ApiError({ status: 400, title, fieldErrors })

describe('problem details → field errors', () => {
  it('puts each message next to its field and the rest on the page', () => {
    const placed = placeErrors(problem({ residentId: ['身份证号校验位不正确'], 'father.mobile': ['手机号格式不正确'], season: ['本年度信息采集已结束'] }), ['residentId', 'father.mobile'])
    expect(placed.fields).toEqual({ residentId: '身份证号校验位不正确', 'father.mobile': '手机号格式不正确' })
    expect(placed.message).toBe('本年度信息采集已结束')
  })

  it('a rule without a field (or a network failure) is the page\'s message', () => {
    expect(placeErrors(new ApiError({ status: 409, title: '此学生信息已经登记' }), ['residentId'])).toEqual({ fields: {}, message: '此学生信息已经登记' })
    expect(placeErrors(new ApiError({ title: '网络异常，请检查网络后重试' }), ['name']).message).toBe('网络异常，请检查网络后重试')
  })

  it('knows which fields changed', () => {
    expect(changedFields({ a: '1', p: { b: '2' } }, { a: '1', p: { b: '3' } }, ['a', 'p.b'])).toEqual(['p.b'])
  })

  it('clears a field\'s message as soon as that field changes, and only that one', async () => {
    const form = reactive({ name: '张三', residentId: '41018520180101001X', father: { mobile: '1' } })
    const { errors, show } = useFieldErrors(form, ['name', 'residentId', 'father.mobile'])
    expect(show(problem({ ResidentId: ['身份证号校验位不正确'], 'Father.Mobile': ['手机号格式不正确'] }))).toBe('')
    expect(errors).toEqual({ residentId: '身份证号校验位不正确', 'father.mobile': '手机号格式不正确' })
    form.residentId = '410185201801010011'
    await nextTick()
    expect(errors).toEqual({ 'father.mobile': '手机号格式不正确' })
    form.father.mobile = '13800138000'
    await nextTick()
    expect(errors).toEqual({})
  })
})

describe('a failed save offers 重试', () => {
  it.each([[0, true], [500, true], [503, true], [429, true], [400, false], [401, false], [403, false], [409, false], [412, false], [422, false]])('status %i → %s', (status, retry) => {
    expect(isRetryable({ status })).toBe(retry)
  })
})
