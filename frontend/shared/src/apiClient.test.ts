import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getMe, saveStudent } from './api'
import { ApiError, configureApiClient, OFFLINE_MESSAGE, unwrap } from './apiClient'
import { problemError } from '../http.js'

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })

describe('the generated client, configured', () => {
  const seen: ApiError[] = []
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    seen.length = 0
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    document.cookie = 'enrollment.parent.csrf=tok%2B1'
    configureApiClient({ csrfCookie: 'enrollment.parent.csrf', onError: (e) => seen.push(e) })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends the CSRF token on a PUT and not on a GET, same-origin', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { id: 'p1', agreementAccepted: true }))
    fetchMock.mockResolvedValueOnce(json(200, { message: '学生信息保存成功' }))
    const me = await unwrap(getMe())
    expect(me).toMatchObject({ id: 'p1' })
    await unwrap(saveStudent({ path: { id: 'a1' }, body: { name: '张三', residentId: '11010519491231002X' } }))
    const [get, put] = fetchMock.mock.calls.map((c) => c[0] as Request)
    expect(get.headers.get('X-CSRF-Token')).toBeNull()
    expect(put.method).toBe('PUT')
    expect(put.url).toMatch(/\/api\/v1\/applications\/a1\/student$/)
    expect(put.headers.get('X-CSRF-Token')).toBe('tok+1')
    expect(put.credentials).toBe('same-origin')
  })

  it('turns problem details into an ApiError with camelCase field messages', async () => {
    fetchMock.mockResolvedValueOnce(json(400, {
      title: '请求参数有误', status: 400, code: 'validation',
      errors: { ResidentId: ['身份证号校验位不正确'], 'Father.Mobile': ['手机号格式不正确'] },
    }, 'application/problem+json'))
    const error = await unwrap(saveStudent({ path: { id: 'a1' }, body: { name: 'x', residentId: '1' } })).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation')
    expect(error.fieldErrors).toEqual({ residentId: ['身份证号校验位不正确'], 'father.mobile': ['手机号格式不正确'] })
    expect(seen).toEqual([error])
  })

  it('a network failure is an ApiError with status 0 and the offline message', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const error = await unwrap(getMe()).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
    expect(error.message).toBe(OFFLINE_MESSAGE)
  })
})

describe('a problem whose title is not for people', () => {
  it.each([
    [404, { title: 'Not Found', status: 404 }, '请求的内容不存在，或此功能尚未开放'],
    [405, { title: 'Method Not Allowed' }, '此功能尚未开放'],
    [500, null, '服务器出错了，请稍后再试'],
    [418, { title: "I'm a teapot" }, '服务暂时不可用（HTTP 418）'],
    [422, { title: '请填写或跳过：长期居住信息', code: 'application.evidence-unanswered' }, '请填写或跳过：长期居住信息'],
  ])('HTTP %i %j reads 「%s」', (status, body, message) => {
    expect(problemError(new Response(null, { status }), body).message).toBe(message)
  })
})
