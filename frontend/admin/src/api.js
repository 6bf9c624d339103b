// The one place where the admin SPA talks to the Enrollment API.
//
// Sign-in: POST /api/v1/auth/staff/login sets the staff session cookie (HttpOnly, SameSite=Strict) and
// the readable `enrollment.staff.csrf`, whose token every state-changing request repeats in
// X-CSRF-Token (ADR-0010). A 401 means the session ended: the SPA shows the sign-in screen again.
// ---------------------------------------------------------------------------
import { ApiError, CSRF_HEADER, problemError, readCookie, send } from '../../shared/http.js'

export const CSRF_COOKIE = 'enrollment.staff.csrf'

export { ApiError, CSRF_HEADER }

export const ROLE_LABELS = { DistrictAdmin: '教育局管理员', SchoolReviewer: '学校审核员', Auditor: '审计员' }

export const csrfToken = () => readCookie(CSRF_COOKIE)

// Set by App.vue: what to do when the session has ended.
let onSignedOut = () => {}
export function whenSignedOut(handler) {
  onSignedOut = handler
}

export async function request(method, path, body, { signedOutOn401 = true } = {}) {
  const { response, data } = await send(method, path, body, { csrfCookie: CSRF_COOKIE, offlineMessage: '无法连接服务，请检查网络后重试' })
  if (!response.ok) {
    if (response.status === 401 && signedOutOn401) onSignedOut()
    throw problemError(response, data)
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

// 家长必读 (articles); DistrictAdmin only. `article`: title, body (plain text), sortOrder, isPublished.
export const listArticles = async () => (await request('GET', '/api/v1/admin/articles')) ?? []

export const createArticle = (article) => request('POST', '/api/v1/admin/articles', article)

export const updateArticle = (id, article) => request('PUT', `/api/v1/admin/articles/${encodeURIComponent(id)}`, article)

export const deleteArticle = (id) => request('DELETE', `/api/v1/admin/articles/${encodeURIComponent(id)}`)

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
