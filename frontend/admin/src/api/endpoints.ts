// Every endpoint the admin SPA calls, typed. Calls go through the client generated from the host's
// OpenAPI document (frontend/shared/src/api, `npm run generate:api`); the few endpoints it does not
// have yet use `request` with the same paths, to be moved over when the client is regenerated.
import * as sdk from '../../../shared/src/api/sdk.gen'
import { call, download, request, upload } from './http'
import type {
  ReviewAttachment,
  AdminArticle, Agreement, ApplicationDetails, ArticleRequest, AuditLine, BulkAcceptanceResult, Client, CreatedClient,
  CreateStaffRequest, DecisionResult, FieldReasonInput, NotificationLine, Paged, PublicSchool, RegionImportResult, ReturnReason,
  ReturnReasonRequest, ReviewQueuePage, School, SchoolImportResult, SchoolRequest, Season, SeasonRequest, SocialInsuranceImport,
  RetentionReport, Staff, Statistics, UpdateStaffRequest, WebhookDelivery, WebhookDeliveryDetail, WebhookSubscription,
} from './types'

const id = (value: string) => encodeURIComponent(value)
const list = <T>(items: T[] | null | undefined): T[] => (Array.isArray(items) ? items : [])

// ---- sign-in ----
/** The signed-in staff member, or null when nobody is signed in. */
export async function currentStaff(): Promise<Staff | null> {
  try {
    return await call<Staff>(sdk.staffMe(), { signedOutOn401: false })
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 401 || status === 403) return null
    throw e
  }
}
export const signIn = (userName: string, password: string) =>
  call<Staff>(sdk.staffLogin({ body: { userName, password } }), { signedOutOn401: false })
export const signOut = () => call<void>(sdk.logout(), { signedOutOn401: false })

// ---- seasons, schools ----
export const listSeasons = async () => list(await call<Season[]>(sdk.adminListSeasons()))
export const createSeason = (body: SeasonRequest) => call<Season>(sdk.adminCreateSeason({ body }))
export const updateSeason = (seasonId: string, body: SeasonRequest) => call<Season>(sdk.adminUpdateSeason({ path: { id: seasonId }, body }))
export const deleteSeason = (seasonId: string) => call<void>(sdk.adminDeleteSeason({ path: { id: seasonId } }))

/** The open season, else the newest (the API lists newest first); null when there is none. */
export async function currentSeason(): Promise<Season | null> {
  const seasons = await listSeasons()
  return seasons.find((s) => s.isOpen) ?? seasons[0] ?? null
}

export const listSchools = async (seasonId: string) => list(await call<School[]>(sdk.adminListSchools({ query: { seasonId } })))
export const createSchool = (body: SchoolRequest) => call<School>(sdk.adminCreateSchool({ body }))
export const updateSchool = (schoolId: string, body: SchoolRequest) => call<School>(sdk.adminUpdateSchool({ path: { id: schoolId }, body }))
export const deleteSchool = (schoolId: string) => call<void>(sdk.adminDeleteSchool({ path: { id: schoolId } }))
export const addClass = (schoolId: string, name: string) => call<unknown>(sdk.adminAddClass({ path: { id: schoolId }, body: { name } }))
export const deleteClass = (schoolId: string, classId: string) => call<void>(sdk.adminDeleteClass({ path: { id: schoolId, classId } }))
/** Multipart (seasonId + file); 422 `school.import.invalid` carries `rows` (row number and message). */
export function importSchools(seasonId: string, file: File) {
  const form = new FormData()
  form.append('seasonId', seasonId)
  form.append('file', file)
  return upload<SchoolImportResult>('/api/v1/admin/schools/imports', form)
}
/** The current season's graduation schools (public list: every staff role may read it). */
export const graduationSchools = async () => list(await call<PublicSchool[]>(sdk.listSchools()))

// ---- 家长必读, 平台协议 ----
export const listArticles = async () => list(await call<AdminArticle[]>(sdk.adminListArticles()))
export const createArticle = (body: ArticleRequest) => call<AdminArticle>(sdk.adminCreateArticle({ body }))
export const updateArticle = (articleId: string, body: ArticleRequest) => call<AdminArticle>(sdk.adminUpdateArticle({ path: { id: articleId }, body }))
export const deleteArticle = (articleId: string) => call<void>(sdk.adminDeleteArticle({ path: { id: articleId } }))

export const listAgreements = async () => list(await call<Agreement[]>(sdk.listAgreements()))
export const publishAgreement = (title: string, text: string) => call<Agreement>(sdk.publishAgreement({ body: { title, text } }))

// ---- staff, clients ----
export const listStaff = async () => list(await call<Staff[]>(sdk.listStaff()))
export const createStaff = (body: CreateStaffRequest) => call<Staff>(sdk.createStaff({ body }))
export const updateStaff = (staffId: string, body: UpdateStaffRequest) => call<Staff>(sdk.updateStaff({ path: { id: staffId }, body }))

export const SCOPES = ['applications:read', 'applications:read:pii'] as const
export const listClients = async () => list(await call<Client[]>(sdk.listClients()))
/** The answer carries `clientSecret`: the only time the API ever returns it. */
export const createClient = (name: string, scopes: string[]) => call<CreatedClient>(sdk.createClient({ body: { name, scopes } }))
export const revokeClient = (clientId: string) => call<Client>(sdk.revokeClient({ path: { id: clientId } }))

// ---- 接口推送 (integrators' webhooks) ----
export const listWebhooks = async () => list(await call<WebhookSubscription[]>(sdk.adminListWebhooks()))
/** One page of every client's delivery log, newest first (`query`: clientId, eventType, status, applicationId, page, pageSize). */
export const listWebhookDeliveries = (query: Record<string, string | number>) =>
  call<Paged<WebhookDelivery>>(sdk.adminListWebhookDeliveries({ query }))
export const getWebhookDelivery = (deliveryId: string) => call<WebhookDeliveryDetail>(sdk.adminGetWebhookDelivery({ path: { deliveryId } }))
/** Posts it again with the same event id (audited); 409 when it is being sent or its webhook is paused or deleted. */
export const replayWebhookDelivery = (deliveryId: string) => call<WebhookDelivery>(sdk.adminReplayWebhookDelivery({ path: { deliveryId } }))

// ---- imports ----
export function importRegions(file: File) {
  const form = new FormData()
  form.append('file', file)
  return upload<RegionImportResult>('/api/v1/admin/regions/imports', form)
}

// ---- review ----
/** `query`: the queue's query string (logic/reviewQuery.ts `apiQuery`), as the API names its filters; `count=exact` counts every match. */
export const reviewQueue = (query: string) =>
  call<ReviewQueuePage>(sdk.reviewQueue({ query: Object.fromEntries(new URLSearchParams(query)) }))
export const reviewApplication = (applicationId: string) => call<ApplicationDetails>(sdk.reviewApplication({ path: { id: applicationId } }))
/** Every certificate photo of a submitted application in the reviewer's scope (slug `kind`, oldest first per page). */
export const reviewAttachments = async (applicationId: string) =>
  list(await call<ReviewAttachment[]>(sdk.listEvidenceAttachmentsForReview({ path: { id: applicationId } })))
/** A photo's bytes for the reviewer (`thumbnail`: its JPEG of at most 320 px); the staff cookie authorizes it. */
export const reviewAttachmentUrl = (applicationId: string, attachmentId: string, thumbnail = false) =>
  `/api/v1/review/applications/${id(applicationId)}/evidence/attachments/${id(attachmentId)}${thumbnail ? '?thumbnail=true' : ''}`
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
  list(await request<ReturnReason[]>('GET', `/api/v1/admin/return-reasons${includeRetired ? '?includeRetired=true' : ''}`))
export const createReturnReason = (body: ReturnReasonRequest) => request<ReturnReason>('POST', '/api/v1/admin/return-reasons', body)
/** `isActive: false` retires a reason: no longer offered, earlier returns keep their text. */
export const updateReturnReason = (reasonId: string, body: ReturnReasonRequest) => request<ReturnReason>('PUT', `/api/v1/admin/return-reasons/${id(reasonId)}`, body)

export const auditTrail = (query: string) => request<Paged<AuditLine>>('GET', `/api/v1/review/audit?${query}`)
export const notificationLog = (query: string) => request<Paged<NotificationLine>>('GET', `/api/v1/review/notifications?${query}`)
export const statistics = () => request<Statistics>('GET', '/api/v1/review/statistics')

// ---- 社保数据导入 ----
/** The latest 50 imports, newest first, with their progress. */
export const listSocialInsuranceImports = async () =>
  list(await call<SocialInsuranceImport[]>(sdk.adminListSocialInsuranceImports()))
/** One import's progress. */
export const getSocialInsuranceImport = (importId: string) =>
  call<SocialInsuranceImport>(sdk.adminGetSocialInsuranceImport({ path: { importId } }))
/** 202 with the queued import, or 200 with the earlier import of the very same file. */
export function startSocialInsuranceImport(file: File) {
  const form = new FormData()
  form.append('file', file)
  return upload<SocialInsuranceImport>('/api/v1/admin/social-insurance/imports', form)
}

// ---- retention of personal data (数据保留) ----
export const listRetentionReports = async () => list(await call<RetentionReport[]>(sdk.adminListRetentionReports()))
export const getRetentionReport = (reportId: string) => call<RetentionReport>(sdk.adminGetRetentionReport({ path: { id: reportId } }))
export const planRetention = () => call<RetentionReport>(sdk.adminPlanRetention())
export const executeRetention = (reportId: string) => call<RetentionReport>(sdk.adminExecuteRetention({ path: { id: reportId } }))
export const cancelRetention = (reportId: string) => call<RetentionReport>(sdk.adminCancelRetention({ path: { id: reportId } }))
