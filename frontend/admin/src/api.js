// The one place where the admin SPA talks to the Enrollment API.
//
// Sign-in: POST /api/v1/auth/staff/login sets the staff session cookie (HttpOnly, SameSite=Strict) and
// the readable `enrollment.staff.csrf`, whose token every state-changing request repeats in
// X-CSRF-Token (ADR-0010). A 401 means the session ended: the SPA shows the sign-in screen again.
// ---------------------------------------------------------------------------
export const CSRF_COOKIE = 'enrollment.staff.csrf'
export const CSRF_HEADER = 'X-CSRF-Token'

export const ROLE_LABELS = { DistrictAdmin: '教育局管理员', SchoolReviewer: '学校审核员', Auditor: '审计员' }

export function csrfToken() {
  const prefix = `${CSRF_COOKIE}=`
  for (const part of String(globalThis.document?.cookie ?? '').split(';')) {
    const cookie = part.trim()
    if (cookie.startsWith(prefix)) return decodeURIComponent(cookie.slice(prefix.length))
  }
  return null
}

/** A failed request: RFC 7807 `status`, `title`, `detail`, `code`, and `fieldErrors` (camelCase field → messages). */
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

function fieldKey(key) {
  return String(key).replace(/^\$\.?/, '').split('.').map((p) => p.charAt(0).toLowerCase() + p.slice(1)).join('.')
}

function toFieldErrors(errors) {
  const result = {}
  if (!errors || typeof errors !== 'object') return result
  for (const [key, messages] of Object.entries(errors)) {
    const name = fieldKey(key)
    result[name] = [...(result[name] ?? []), ...(Array.isArray(messages) ? messages : [messages]).map(String)]
  }
  return result
}

// Set by App.vue: what to do when the session has ended.
let onSignedOut = () => {}
export function whenSignedOut(handler) {
  onSignedOut = handler
}

export async function request(method, path, body, { signedOutOn401 = true } = {}) {
  const headers = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (!['GET', 'HEAD'].includes(method.toUpperCase())) {
    const token = csrfToken()
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
    throw new ApiError({ title: '无法连接服务，请检查网络后重试' })
  }

  const text = await response.text()
  let data = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = text
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data : {}
    if (response.status === 401 && signedOutOn401) onSignedOut()
    throw new ApiError({
      status: response.status,
      title: problem.title ?? `服务暂时不可用（HTTP ${response.status}）`,
      detail: problem.detail ?? '',
      code: problem.code ?? null,
      fieldErrors: toFieldErrors(problem.errors),
    })
  }
  return data
}

/** The signed-in staff member, or null when nobody is signed in. */
export async function currentStaff() {
  try {
    return await request('GET', '/api/v1/auth/staff/me', undefined, { signedOutOn401: false })
  } catch (e) {
    if (e.status === 401 || e.status === 403) return null
    throw e
  }
}

export const signIn = (userName, password) =>
  request('POST', '/api/v1/auth/staff/login', { userName, password }, { signedOutOn401: false })

export const signOut = () => request('POST', '/api/v1/auth/logout')

export const listAgreements = async () => (await request('GET', '/api/v1/admin/agreements')) ?? []

export const publishAgreement = (title, text) => request('POST', '/api/v1/admin/agreements', { title, text })

// 人员管理 (staff accounts) and 接口客户端 (integrators); DistrictAdmin only, others get 403.
export const listStaff = async () => (await request('GET', '/api/v1/admin/staff')) ?? []

/** `staff`: userName, displayName, password, role, schoolIds. */
export const createStaff = (staff) => request('POST', '/api/v1/admin/staff', staff)

/** PUT replaces the account: displayName, role, schoolIds, disabled, and newPassword only when resetting it. */
export const updateStaff = (id, staff) => request('PUT', `/api/v1/admin/staff/${encodeURIComponent(id)}`, staff)

/** The open season, else the newest (the API lists newest first); null when there is none. */
export async function currentSeason() {
  const seasons = (await request('GET', '/api/v1/admin/seasons')) ?? []
  return seasons.find((s) => s.isOpen) ?? seasons[0] ?? null
}

export const listSchools = async (seasonId) =>
  (await request('GET', `/api/v1/admin/schools?seasonId=${encodeURIComponent(seasonId)}`)) ?? []

export const SCOPES = ['applications:read', 'applications:read:pii']

export const listClients = async () => (await request('GET', '/api/v1/admin/clients')) ?? []

/** The answer carries `clientSecret`: the only time the API ever returns it. */
export const createClient = (name, scopes) => request('POST', '/api/v1/admin/clients', { name, scopes })

export const revokeClient = (id) => request('POST', `/api/v1/admin/clients/${encodeURIComponent(id)}/revocation`)

// 审核队列 (StaffRead: every staff role). A 学校审核员 gets only their schools' applications; IDs and
// phones come masked. The queue's filters travel in the query string as the API names them.
export const REVIEW_STATUSES = { UnderReview: '审核中', Returned: '有误', Accepted: '已提交' }
export const GRADUATION_TYPES = { KindergartenGraduate: '幼儿园毕业生', PrimaryGraduate: '小学毕业生' }
export const REVIEW_PAGE_SIZE = 20

/** `filters`: status, school, kind, q (blank ones are left out), page. */
export function reviewQueryString({ status = '', school = '', kind = '', q = '', page = 1 } = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries({ status, school, kind, q: String(q).trim() })) if (value) query.set(key, value)
  query.set('page', String(page))
  query.set('pageSize', String(REVIEW_PAGE_SIZE))
  return query.toString()
}

export const reviewQueue = (filters) => request('GET', `/api/v1/review/applications?${reviewQueryString(filters)}`)

export const reviewApplication = (id) => request('GET', `/api/v1/review/applications/${encodeURIComponent(id)}`)

/** The current season's graduation schools (public list: every staff role may read it). */
export async function graduationSchools() {
  const schools = await request('GET', '/api/v1/schools')
  return Array.isArray(schools) ? schools : []
}
