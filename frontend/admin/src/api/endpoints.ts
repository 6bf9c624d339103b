// Every endpoint the admin SPA calls, typed; all go through ./http.ts.
import { download, request, upload } from './http'
import type {
  AdminArticle, Agreement, ApplicationDetails, ArticleRequest, AuditLine, BulkAcceptanceResult, Client, CreatedClient,
  CreateStaffRequest, DecisionResult, FieldReasonInput, Paged, PublicSchool, RegionImportResult, ReturnReason,
  ReturnReasonRequest, ReviewQueueItem, School, SocialInsuranceImport, SchoolImportResult, SchoolRequest, Season, SeasonRequest, Staff, Statistics, UpdateStaffRequest,
} from './types'

const id = (value: string) => encodeURIComponent(value)

// ---- sign-in ----
/** The signed-in staff member, or null when nobody is signed in. */
export async function currentStaff(): Promise<Staff | null> {
  try {
    return await request<Staff>('GET', '/api/v1/auth/staff/me', undefined, { signedOutOn401: false })
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 401 || status === 403) return null
    throw e
  }
}
export const signIn = (userName: string, password: string) =>
  request<Staff>('POST', '/api/v1/auth/staff/login', { userName, password }, { signedOutOn401: false })
export const signOut = () => request<void>('POST', '/api/v1/auth/logout', undefined, { signedOutOn401: false })

// ---- seasons, schools ----
export const listSeasons = async () => (await request<Season[]>('GET', '/api/v1/admin/seasons')) ?? []
export const createSeason = (body: SeasonRequest) => request<Season>('POST', '/api/v1/admin/seasons', body)
export const updateSeason = (seasonId: string, body: SeasonRequest) => request<Season>('PUT', `/api/v1/admin/seasons/${id(seasonId)}`, body)
export const deleteSeason = (seasonId: string) => request<void>('DELETE', `/api/v1/admin/seasons/${id(seasonId)}`)

/** The open season, else the newest (the API lists newest first); null when there is none. */
export async function currentSeason(): Promise<Season | null> {
  const seasons = await listSeasons()
  return seasons.find((s) => s.isOpen) ?? seasons[0] ?? null
}

export const listSchools = async (seasonId: string) => (await request<School[]>('GET', `/api/v1/admin/schools?seasonId=${id(seasonId)}`)) ?? []
export const createSchool = (body: SchoolRequest) => request<School>('POST', '/api/v1/admin/schools', body)
export const updateSchool = (schoolId: string, body: SchoolRequest) => request<School>('PUT', `/api/v1/admin/schools/${id(schoolId)}`, body)
export const deleteSchool = (schoolId: string) => request<void>('DELETE', `/api/v1/admin/schools/${id(schoolId)}`)
export const addClass = (schoolId: string, name: string) => request<unknown>('POST', `/api/v1/admin/schools/${id(schoolId)}/classes`, { name })
export const deleteClass = (schoolId: string, classId: string) => request<void>('DELETE', `/api/v1/admin/schools/${id(schoolId)}/classes/${id(classId)}`)
export function importSchools(seasonId: string, file: File) {
  const form = new FormData()
  form.append('seasonId', seasonId)
  form.append('file', file)
  return upload<SchoolImportResult>('/api/v1/admin/schools/imports', form)
}
/** The current season's graduation schools (public list: every staff role may read it). */
export async function graduationSchools(): Promise<PublicSchool[]> {
  const schools = await request<PublicSchool[]>('GET', '/api/v1/schools')
  return Array.isArray(schools) ? schools : []
}

// ---- 家长必读, 平台协议 ----
export const listArticles = async () => (await request<AdminArticle[]>('GET', '/api/v1/admin/articles')) ?? []
export const createArticle = (body: ArticleRequest) => request<AdminArticle>('POST', '/api/v1/admin/articles', body)
export const updateArticle = (articleId: string, body: ArticleRequest) => request<AdminArticle>('PUT', `/api/v1/admin/articles/${id(articleId)}`, body)
export const deleteArticle = (articleId: string) => request<void>('DELETE', `/api/v1/admin/articles/${id(articleId)}`)

export const listAgreements = async () => (await request<Agreement[]>('GET', '/api/v1/admin/agreements')) ?? []
export const publishAgreement = (title: string, text: string) => request<Agreement>('POST', '/api/v1/admin/agreements', { title, text })

// ---- staff, clients ----
export const listStaff = async () => (await request<Staff[]>('GET', '/api/v1/admin/staff')) ?? []
export const createStaff = (body: CreateStaffRequest) => request<Staff>('POST', '/api/v1/admin/staff', body)
export const updateStaff = (staffId: string, body: UpdateStaffRequest) => request<Staff>('PUT', `/api/v1/admin/staff/${id(staffId)}`, body)

export const SCOPES = ['applications:read', 'applications:read:pii'] as const
export const listClients = async () => (await request<Client[]>('GET', '/api/v1/admin/clients')) ?? []
/** The answer carries `clientSecret`: the only time the API ever returns it. */
export const createClient = (name: string, scopes: string[]) => request<CreatedClient>('POST', '/api/v1/admin/clients', { name, scopes })
export const revokeClient = (clientId: string) => request<Client>('POST', `/api/v1/admin/clients/${id(clientId)}/revocation`)

// ---- imports ----
export function importRegions(file: File) {
  const form = new FormData()
  form.append('file', file)
  return upload<RegionImportResult>('/api/v1/admin/regions/imports', form)
}

// ---- review ----
export const reviewQueue = (query: string) => request<Paged<ReviewQueueItem>>('GET', `/api/v1/review/applications?${query}`)
export const reviewApplication = (applicationId: string) => request<ApplicationDetails>('GET', `/api/v1/review/applications/${id(applicationId)}`)
export const revealApplication = (applicationId: string, reason: string) =>
  request<ApplicationDetails>('POST', `/api/v1/review/applications/${id(applicationId)}/reveal`, { reason })
export const returnApplication = (applicationId: string, version: number, reasons: FieldReasonInput[]) =>
  request<DecisionResult>('POST', `/api/v1/review/applications/${id(applicationId)}/return`, { reasons }, { headers: { 'If-Match': `"${version}"` } })
export const acceptApplication = (applicationId: string, version: number) =>
  request<DecisionResult>('POST', `/api/v1/review/applications/${id(applicationId)}/acceptance`, undefined, { headers: { 'If-Match': `"${version}"` } })
export const bulkAccept = (applicationIds: string[]) =>
  request<BulkAcceptanceResult>('POST', '/api/v1/review/applications/bulk-acceptance', { applicationIds })
export const exportQueue = (query: string) => download(`/api/v1/review/applications/export?${query}`, '审核队列.xlsx')

/** Active reasons (what reviewers pick from); `includeRetired` for the admin's list. */
export const listReturnReasons = async (includeRetired = false) =>
  (await request<ReturnReason[]>('GET', `/api/v1/admin/return-reasons${includeRetired ? '?includeRetired=true' : ''}`)) ?? []
export const createReturnReason = (body: ReturnReasonRequest) => request<ReturnReason>('POST', '/api/v1/admin/return-reasons', body)
/** `isActive: false` retires a reason: no longer offered, earlier returns keep their text. */
export const updateReturnReason = (reasonId: string, body: ReturnReasonRequest) => request<ReturnReason>('PUT', `/api/v1/admin/return-reasons/${id(reasonId)}`, body)

export const auditTrail = (query: string) => request<Paged<AuditLine>>('GET', `/api/v1/review/audit?${query}`)
export const statistics = () => request<Statistics>('GET', '/api/v1/review/statistics')

// ---- 社保数据导入 ----
export const listSocialInsuranceImports = async () => (await request<SocialInsuranceImport[]>('GET', '/api/v1/admin/social-insurance/imports')) ?? []
export const getSocialInsuranceImport = (importId: string) => request<SocialInsuranceImport>('GET', `/api/v1/admin/social-insurance/imports/${id(importId)}`)
export function startSocialInsuranceImport(file: File) {
  const form = new FormData()
  form.append('file', file)
  return upload<SocialInsuranceImport>('/api/v1/admin/social-insurance/imports', form)
}
