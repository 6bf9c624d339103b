// What both front ends share about talking to the Enrollment API: the CSRF double submit
// (ADR-0010) and RFC 7807 problem details turned into one error type with field messages.
// Each app keeps its own api.js for its endpoints and for what a 401 or 403 means to it.
// ---------------------------------------------------------------------------
export const CSRF_HEADER = 'X-CSRF-Token'

export function readCookie(name, cookies = globalThis.document?.cookie) {
  const prefix = `${name}=`
  for (const part of String(cookies ?? '').split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(prefix)) return decodeURIComponent(cookie.slice(prefix.length))
  }
  return null
}

/**
 * A failed request. For RFC 7807 problem details: `status`, `title`, `detail`,
 * `code` (stable rule id such as `student.id.duplicate`) and `fieldErrors`,
 * the `errors` map with camelCase field names → messages.
 */
export class ApiError extends Error {
  constructor({ status = 0, title = '', detail = '', code = null, fieldErrors = {} }) {
    super(detail || title || '请求失败，请稍后再试')
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = detail
    this.code = code
    this.fieldErrors = fieldErrors
  }
}

// "ResidentId" → "residentId", "$.residentId" → "residentId",
// "Guardians[0].Name" → "guardians[0].name".
export function fieldKey(key) {
  return String(key)
    .replace(/^\$\.?/, '')
    .split('.')
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join('.')
}

export function toFieldErrors(errors) {
  const result = {}
  if (!errors || typeof errors !== 'object') return result
  for (const [key, messages] of Object.entries(errors)) {
    const list = Array.isArray(messages) ? messages : [messages]
    const name = fieldKey(key)
    result[name] = [...(result[name] ?? []), ...list.map(String)]
  }
  return result
}

/**
 * Sends a JSON request with the CSRF token of `csrfCookie` on state-changing methods.
 * Answers `{ response, data }` (data: parsed JSON, text, or null); a network failure is an
 * ApiError with `offlineMessage`. Does not judge the status: the caller does.
 */
export async function send(method, path, body, { csrfCookie, offlineMessage = '网络异常，请检查网络后重试', headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json', ...extra }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (!['GET', 'HEAD'].includes(method.toUpperCase())) {
    const token = csrfCookie ? readCookie(csrfCookie) : null
    if (token) headers[CSRF_HEADER] = token
  }

  let response
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiError({ title: offlineMessage })
  }

  const text = await response.text()
  let data = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = text
  }
  return { response, data }
}

/** The ApiError of a failed answer, from its problem details when it has them. */
/** What a status means to a user, for answers whose title is the framework's English reason phrase. */
export const STATUS_WORDS = {
  400: '请求有误，请检查后重试',
  401: '登录已过期，请重新登录',
  403: '没有权限进行此操作',
  404: '请求的内容不存在，或此功能尚未开放',
  405: '此功能尚未开放',
  413: '文件太大',
  415: '文件格式不支持',
  429: '操作太频繁，请稍后再试',
  500: '服务器出错了，请稍后再试',
  502: '服务暂时不可用，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
  504: '服务响应超时，请稍后再试',
}

/** A title written for people reading Chinese (the API's own problems are; "Not Found" is not). */
const readable = (title) => typeof title === 'string' && /[\u3400-\u9fff]/.test(title)

export function problemError(response, data) {
  const problem = data && typeof data === 'object' ? data : {}
  return new ApiError({
    status: response.status,
    title: readable(problem.title) ? problem.title : STATUS_WORDS[response.status] ?? `服务暂时不可用（HTTP ${response.status}）`,
    detail: problem.detail ?? '',
    code: problem.code ?? null,
    fieldErrors: toFieldErrors(problem.errors),
  })
}
