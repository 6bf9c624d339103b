// The one place where the H5 page talks to the Enrollment API.
import { ApiError, CSRF_HEADER, fieldKey, problemError, readCookie, send } from '../../shared/http.js'
import { agreementPath } from './router.js'

// Sign-in: the parent is signed in by the session cookie (HttpOnly) that
// /api/v1/auth/wechat/callback sets after WeChat's web authorization. Without
// it the API answers 401 and the page goes through WeChat's authorize page,
// coming back to where it was.
//
// CSRF: state-changing requests repeat the token of the sign-in, which the
// callback leaves in the readable cookie `enrollment.parent.csrf`, in the
// X-CSRF-Token header (ADR-0010).
// ---------------------------------------------------------------------------
export const CSRF_COOKIE = 'enrollment.parent.csrf'
export const SIGN_IN_PATH = '/api/v1/auth/wechat/authorize'
// The API refuses registration writes (403) until the parent has accepted the current 平台协议.
export const AGREEMENT_REQUIRED = 'agreement.required'

export { ApiError, CSRF_HEADER, fieldKey }

export const csrfToken = () => readCookie(CSRF_COOKIE)

/** Where a 401 sends the browser: WeChat sign-in, then back to this page. */
export function signInUrl(location = globalThis.location) {
  const here = location ? `${location.pathname}${location.search}${location.hash}` : '/h5/'
  return `${SIGN_IN_PATH}?returnUrl=${encodeURIComponent(here)}`
}

export function redirectToSignIn(location = globalThis.location) {
  location?.assign(signInUrl(location))
}

/** 平台协议 page (#/agreement), coming back to this page of the hash router afterwards. */
export function redirectToAgreement(location = globalThis.location) {
  const here = String(location?.hash ?? '').replace(/^#/, '') || '/'
  if (!location || here.startsWith('/agreement')) return
  location.hash = agreementPath(here)
}

export async function request(method, path, body, headers = {}) {
  const { response, data } = await send(method, path, body, { csrfCookie: CSRF_COOKIE, headers })
  if (response.status === 401) {
    redirectToSignIn()
    throw new ApiError({ status: 401, title: '正在跳转到微信登录…', code: 'auth.required' })
  }

  if (!response.ok) {
    const error = problemError(response, data)
    if (response.status === 403 && error.code === AGREEMENT_REQUIRED) redirectToAgreement()
    throw error
  }
  return { status: response.status, location: response.headers.get('Location'), data }
}

// 家长必读 is public: the API answers it without a sign-in (never 401), so reading it
// does not go through WeChat.

/** 家长必读: published articles `[{ id, title, summary, publishedAt }]`. */
export async function listArticles() {
  const { data } = await request('GET', '/api/v1/articles')
  return data ?? []
}

/** One published article `{ id, title, body (plain text, paragraphs separated by \n), publishedAt, updatedAt }`. */
export async function getArticle(articleId) {
  const { data } = await request('GET', `/api/v1/articles/${encodeURIComponent(articleId)}`)
  return data
}

/** 毕业类型: `KindergartenGraduate` or `PrimaryGraduate`. Returns the new application's id. */
export async function startApplication(graduationType) {
  const { data, location } = await request('POST', '/api/v1/applications', { graduationType })
  const id = data?.id ?? location?.split('/').filter(Boolean).pop()
  if (!id) throw new ApiError({ title: '服务返回的数据不完整' })
  return id
}

/** 学生基本信息 (wizard page 2). Returns the response body (`message` on success). */
export async function saveStudent(applicationId, student) {
  const { data } = await request('PUT', `/api/v1/applications/${encodeURIComponent(applicationId)}/student`, student)
  return data ?? {}
}

const app = (id) => `/api/v1/applications/${encodeURIComponent(id)}`

/** The whole application: what is saved, `pages` complete, `version` (ETag). */
export async function getApplication(applicationId) {
  const { data } = await request('GET', app(applicationId))
  return data
}

/** 毕业生列表. */
export async function listApplications() {
  const { data } = await request('GET', '/api/v1/applications')
  return data ?? []
}

/** Graduation schools of the current season for a graduation type (社会零星 last). */
export async function listSchools(graduationType) {
  const { data } = await request('GET', `/api/v1/schools?graduationType=${encodeURIComponent(graduationType)}`)
  return data ?? []
}

export async function listClasses(schoolId) {
  const { data } = await request('GET', `/api/v1/schools/${encodeURIComponent(schoolId)}/classes`)
  return data ?? []
}

/** Children of a region (region picker). */
export async function regionChildren(code) {
  const { data } = await request('GET', `/api/v1/regions/${encodeURIComponent(code)}/children`)
  return Array.isArray(data) ? data : data?.items ?? []
}

/** 学生父母信息 (page 3): `{ father, mother }`, each `{ name, residentId, mobile, regionCode, addressDetail }` or null. */
export async function saveGuardians(applicationId, guardians) {
  const { data } = await request('PUT', `${app(applicationId)}/guardians`, guardians)
  return data ?? {}
}

/** 学生户籍信息 (page 4). */
export async function saveHousehold(applicationId, household) {
  const { data } = await request('PUT', `${app(applicationId)}/household`, household)
  return data ?? {}
}

// Pages 5–11 (eligibility evidence). The evidence has its own version (the ETag, also `version` in
// the bodies); a write sends it back as If-Match, so a stale tab gets 412 instead of overwriting.
const ifMatch = (version) => (version === undefined || version === null ? {} : { 'If-Match': `"${version}"` })

/** `{ applicationId, version, pages: [{ kind, page, title, state: Saved|Skipped|NotAnswered, fields, skippedAt, updatedAt }] }`. */
export async function getEvidence(applicationId) {
  const { data } = await request('GET', `${app(applicationId)}/evidence`)
  return data ?? { pages: [] }
}

/** 保存 one evidence page (`kind`: property, residence-permit, …): `{ message, page, version }`. */
export async function saveEvidence(applicationId, kind, body, version) {
  const { data } = await request('PUT', `${app(applicationId)}/evidence/${encodeURIComponent(kind)}`, body, ifMatch(version))
  return data ?? {}
}

/** 「无此信息跳过」: `{ message, page, version }`. */
export async function skipEvidence(applicationId, kind, version) {
  const { data } = await request('POST', `${app(applicationId)}/evidence/${encodeURIComponent(kind)}/skip`, undefined, ifMatch(version))
  return data ?? {}
}

/** 保存提交. */
export async function submitApplication(applicationId) {
  const { data } = await request('POST', `${app(applicationId)}/submission`)
  return data ?? {}
}

export async function deleteApplication(applicationId) {
  await request('DELETE', app(applicationId))
}

/** 个人信息: `{ id, name, relationship, phone (masked), phoneBound, agreementAccepted, agreementVersion }`. */
export async function getMe() {
  const { data } = await request('GET', '/api/v1/me')
  return data ?? {}
}

export async function updateMe(profile) {
  const { data } = await request('PUT', '/api/v1/me', profile)
  return data ?? {}
}

/** 手机绑定, step 1: `{ phone (masked), expiresInSeconds, resendAfterSeconds }`. */
export async function requestPhoneCode(phone) {
  const { data } = await request('POST', '/api/v1/me/phone/verification', { phone })
  return data ?? {}
}

/** 手机绑定, step 2: the account after binding. */
export async function bindPhone(phone, code) {
  const { data } = await request('PUT', '/api/v1/me/phone', { phone, code })
  return data ?? {}
}

/**
 * 平台协议: `{ version, title, text, publishedAt, accepted, shownAt, minimumReadingSeconds }`,
 * plus `receivedAt`, the client time the answer arrived (the countdown starts from there).
 */
export async function getAgreement() {
  const { data } = await request('GET', '/api/v1/agreement')
  return { ...(data ?? {}), receivedAt: Date.now() }
}

export async function acceptAgreement(version) {
  const { data } = await request('POST', '/api/v1/agreement/acceptance', { version })
  return data ?? {}
}
