import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, CSRF_HEADER, acceptAgreement, fieldKey, getAgreement, saveGuardians, saveStudent, signInUrl, startApplication } from './api.js'

function jsonResponse(status, body, headers = {}) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json'
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } })
}

let fetchMock

beforeEach(() => {
  localStorage.clear()
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => vi.unstubAllGlobals())

describe('api client', () => {
  it('sends the CSRF token of the sign-in cookie, the session cookie, and no development header', async () => {
    document.cookie = 'enrollment.parent.csrf=tok123; path=/'
    fetchMock.mockImplementation(async () => jsonResponse(201, { id: 'a1' }, { Location: '/api/v1/applications/a1' }))

    await startApplication('KindergartenGraduate')

    const [, init] = fetchMock.mock.calls[0]
    expect(init.headers[CSRF_HEADER]).toBe('tok123')
    expect(init.credentials).toBe('same-origin')
    expect(init.headers['X-Development-Parent-Id']).toBeUndefined()
    document.cookie = 'enrollment.parent.csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })

  it('goes to WeChat sign-in on 401, coming back to this page', async () => {
    const assign = vi.fn()
    vi.stubGlobal('location', { pathname: '/h5/students', search: '?x=1', hash: '', assign })
    fetchMock.mockResolvedValue(new Response('', { status: 401 }))

    const error = await startApplication('KindergartenGraduate').catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(401)
    expect(assign).toHaveBeenCalledWith('/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2Fstudents%3Fx%3D1')
    expect(signInUrl({ pathname: '/h5/', search: '', hash: '#/a' })).toBe('/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F%23%2Fa')
  })

  it('starts an application and returns its id', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: '3f2b' }, { Location: '/api/v1/applications/3f2b' }))

    await expect(startApplication('KindergartenGraduate')).resolves.toBe('3f2b')

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/applications')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body)).toEqual({ graduationType: 'KindergartenGraduate' })
  })

  it('puts problem-details errors onto their camelCase fields', async () => {
    fetchMock.mockResolvedValue(jsonResponse(422, {
      title: '学生信息有误',
      status: 422,
      detail: '请按提示修改后再保存',
      code: 'student.invalid',
      errors: { ResidentId: ['身份证号码校验位错误'], name: ['请填写姓名'] },
    }))

    const error = await saveStudent('a1', { name: '', residentId: '110105194912310021' }).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(422)
    expect(error.code).toBe('student.invalid')
    expect(error.message).toBe('请按提示修改后再保存')
    expect(error.fieldErrors).toEqual({ residentId: ['身份证号码校验位错误'], name: ['请填写姓名'] })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/applications/a1/student')
    expect(init.method).toBe('PUT')
  })

  it('falls back to the title, and to the HTTP status when there is no problem body', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(409, { title: '此学生信息已经登记', status: 409, code: 'student.id.duplicate' }))
    fetchMock.mockResolvedValueOnce(new Response('', { status: 502 }))

    const duplicate = await saveStudent('a1', { name: '张三', residentId: '11010519491231002X' }).catch((e) => e)
    expect(duplicate.message).toBe('此学生信息已经登记')
    expect(duplicate.code).toBe('student.id.duplicate')
    expect(duplicate.fieldErrors).toEqual({})

    const gateway = await saveStudent('a1', { name: '张三', residentId: '11010519491231002X' }).catch((e) => e)
    expect(gateway.message).toBe('服务暂时不可用（HTTP 502）')
  })

  it('reports a network failure', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await expect(saveStudent('a1', {})).rejects.toThrow('网络异常，请检查网络后重试')
  })

  it('goes to the agreement page on 403 agreement.required, coming back to this page', async () => {
    const location = { pathname: '/h5/', search: '', hash: '#/apply/a1/guardians', assign: vi.fn() }
    vi.stubGlobal('location', location)
    fetchMock.mockResolvedValue(jsonResponse(403, { status: 403, code: 'agreement.required', title: '请先阅读并同意平台协议' }))

    const error = await saveGuardians('a1', { father: null, mother: null }).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.code).toBe('agreement.required')
    expect(error.message).toBe('请先阅读并同意平台协议')
    expect(location.hash).toBe('/agreement?returnTo=%2Fapply%2Fa1%2Fguardians')
    expect(location.assign).not.toHaveBeenCalled()
  })

  it('leaves other 403 answers (csrf.invalid) on the page', async () => {
    const location = { pathname: '/h5/', search: '', hash: '#/apply', assign: vi.fn() }
    vi.stubGlobal('location', location)
    fetchMock.mockResolvedValue(jsonResponse(403, { status: 403, code: 'csrf.invalid', title: '请求已失效，请刷新页面' }))

    const error = await startApplication('KindergartenGraduate').catch((e) => e)

    expect(error.code).toBe('csrf.invalid')
    expect(location.hash).toBe('#/apply')
  })

  it('reads the agreement with the time the answer arrived and accepts the version shown', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { version: 3, title: '平台协议', text: '…', accepted: false, shownAt: '2026-11-28T10:00:00Z', minimumReadingSeconds: 30 }))
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { version: 3, acceptedAt: '2026-11-28T10:00:31Z' }))

    const before = Date.now()
    const agreement = await getAgreement()
    expect(agreement.version).toBe(3)
    expect(agreement.receivedAt).toBeGreaterThanOrEqual(before)

    await acceptAgreement(3)
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/v1/agreement/acceptance')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body)).toEqual({ version: 3 })
  })

  it.each([
    ['residentId', 'residentId'],
    ['ResidentId', 'residentId'],
    ['$.residentId', 'residentId'],
    ['Guardians[0].Name', 'guardians[0].name'],
  ])('field key %s → %s', (key, expected) => expect(fieldKey(key)).toBe(expected))
})
