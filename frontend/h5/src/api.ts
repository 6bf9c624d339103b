// The H5 page's calls, on the client generated from the host's OpenAPI document (../../shared/src/api).
// Sign-in: the HttpOnly session cookie set by /api/v1/auth/wechat/callback after WeChat's web
// authorization; a 401 goes through WeChat again and comes back to this very page (its input is kept
// locally, localDraft.ts). Writes carry the CSRF token of `enrollment.parent.csrf` (ADR-0010).
import * as sdk from '../../shared/src/api'
import type { ApplicationDetailsDto, ApplicationDto, ApplicationSummaryDto, EvidenceOverviewDto, EvidencePageResult, GuardianInput, MeDto, RegionChildrenDto, SaveHouseholdRequest, SaveStudentRequest } from '../../shared/src/api'
import { ApiError, configureApiClient, unwrap } from '../../shared/src/apiClient'
import { CSRF_HEADER, readCookie } from '../../shared/http.js'
import { withIdempotencyKey } from './idempotency'

export { ApiError }
export type { ApplicationDetailsDto, ApplicationDto, ApplicationSummaryDto, EvidenceOverviewDto, MeDto }

export const CSRF_COOKIE = 'enrollment.parent.csrf'
export const SIGN_IN_PATH = '/api/v1/auth/wechat/authorize'
/** The API refuses registration writes (403) until the parent has accepted the current 平台协议. */
export const AGREEMENT_REQUIRED = 'agreement.required'

type Loc = Pick<Location, 'pathname' | 'search' | 'hash'> & { assign(url: string): void }

/** Where a 401 sends the browser: WeChat sign-in, then back to this page (hash route included). */
export function signInUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'> = globalThis.location): string {
  const here = `${location.pathname}${location.search}${location.hash}`
  return `${SIGN_IN_PATH}?returnUrl=${encodeURIComponent(here || '/h5/')}`
}

let signingIn = false
export function redirectToSignIn(location: Loc = globalThis.location): void {
  if (signingIn) return
  signingIn = true
  location.assign(signInUrl(location))
}

let agreementHandler: ((returnTo: string) => void) | null = null
/** The router registers how to show 平台协议 (and come back) when the API asks for it. */
export function onAgreementRequired(handler: (returnTo: string) => void): void {
  agreementHandler = handler
}

export function handleError(error: ApiError, location: Loc = globalThis.location): void {
  if (error.status === 401) {
    error.message = '登录已过期，正在跳转到微信登录…'
    redirectToSignIn(location)
  } else if (error.status === 403 && error.code === AGREEMENT_REQUIRED) {
    agreementHandler?.(String(location.hash ?? '').replace(/^#/, '') || '/')
  }
}

configureApiClient({ csrfCookie: CSRF_COOKIE, onError: (e) => handleError(e) })

const id = (applicationId: string) => ({ path: { id: applicationId } })
const ifMatch = (version: unknown): Record<string, string> => (version === undefined || version === null ? {} : { 'If-Match': `"${version}"` })

// 家长必读 is public (never 401), so reading it does not go through WeChat.
export const listArticles = () => unwrap(sdk.listArticles())
export const getArticle = (articleId: string) => unwrap(sdk.getArticle({ path: { id: articleId } }))

export const getMe = (options: { quiet?: boolean } = {}) => unwrap(sdk.getMe(), options)
export const updateMe = (body: { name: string | null; relationship: string | null }) => unwrap(sdk.updateMe({ body }))
export const requestPhoneCode = (phone: string) => unwrap(sdk.requestPhoneCode({ body: { phone } }))
export const bindPhone = (phone: string, code: string) => unwrap(sdk.bindPhone({ body: { phone, code } }))

/** 平台协议 plus `receivedAt`, the client time the answer arrived (the countdown starts from there). */
export async function getAgreement() {
  const agreement = await unwrap(sdk.getAgreement())
  return { ...agreement, receivedAt: Date.now() }
}
export const acceptAgreement = (version: number | string) => unwrap(sdk.acceptAgreement({ body: { version } }))

export const listApplications = (): Promise<ApplicationSummaryDto[]> => unwrap(sdk.listApplications())
export const getApplication = (applicationId: string): Promise<ApplicationDto> => unwrap(sdk.getApplication(id(applicationId)))
export const deleteApplication = (applicationId: string) => unwrap(sdk.deleteApplication(id(applicationId)))
export const startApplication = (graduationType: string, idempotencyKey?: string) =>
  unwrap(sdk.startApplication({ body: { graduationType }, ...withIdempotencyKey(idempotencyKey) }))
export const saveStudent = (applicationId: string, body: SaveStudentRequest) => unwrap(sdk.saveStudent({ ...id(applicationId), body }))
export const saveGuardians = (applicationId: string, body: { father: GuardianInput | null; mother: GuardianInput | null }) =>
  unwrap(sdk.saveGuardians({ ...id(applicationId), body }))
export const saveHousehold = (applicationId: string, body: SaveHouseholdRequest) => unwrap(sdk.saveHousehold({ ...id(applicationId), body }))
export const submitApplication = (applicationId: string, idempotencyKey?: string) =>
  unwrap(sdk.submitApplication({ ...id(applicationId), ...withIdempotencyKey(idempotencyKey) }))

export const listSchools = (graduationType: string) => unwrap(sdk.listSchools({ query: { graduationType } }))
export const listClasses = (schoolId: string) => unwrap(sdk.listClasses({ path: { id: schoolId } }))

export async function regionChildren(code: string) {
  const data = (await unwrap(sdk.getRegionChildren({ path: { code } }))) as RegionChildrenDto | RegionChildrenDto['items']
  return Array.isArray(data) ? data : data?.items ?? []
}
export interface RegionDetails { fullName: string; path: { code: string; name: string }[]; isValidLastLevel: boolean }
export const getRegion = (code: string) => unwrap(sdk.getRegion({ path: { code } })) as Promise<RegionDetails>

// Pages 5–11: the evidence has its own version (ETag); a write sends it back as If-Match.
export const getEvidence = (applicationId: string): Promise<EvidenceOverviewDto> => unwrap(sdk.getEvidence(id(applicationId)))

const SAVE_EVIDENCE = {
  property: sdk.savePropertyEvidence,
  'residence-permit': sdk.saveResidencePermitEvidence,
  employment: sdk.saveEmploymentEvidence,
  business: sdk.saveBusinessEvidence,
  'preferential-care': sdk.savePreferentialCareEvidence,
  relocation: sdk.saveRelocationEvidence,
  'long-term-residence': sdk.saveLongTermResidenceEvidence,
} as const
export type EvidenceKindName = keyof typeof SAVE_EVIDENCE

export function saveEvidence(applicationId: string, kind: EvidenceKindName, body: Record<string, string | null>, version: unknown): Promise<EvidencePageResult> {
  const save = SAVE_EVIDENCE[kind] as (options: object) => Promise<{ data?: EvidencePageResult; response?: Response; error?: unknown }>
  return unwrap(save({ ...id(applicationId), body, headers: ifMatch(version) }))
}
export const skipEvidence = (applicationId: string, kind: string, version: unknown) =>
  unwrap(sdk.skipEvidence({ path: { id: applicationId, kind }, headers: ifMatch(version) }))

// Quiet: a page that needs no sign-in (home, 家长必读) must not go to WeChat sign-in for the signature.
export const getJsSdkConfig = (url: string) => unwrap(sdk.getJsSdkConfig({ query: { url } }), { quiet: true })
export const getCurrentSeason = () => unwrap(sdk.getCurrentSeason())

/** One certificate photo of a page, as the host keeps it (re-encoded, EXIF removed, with a thumbnail). */
export interface Attachment { id: string; kind: string; contentType: string; width: number | string; height: number | string; uploadedAt: string }

const attachmentsPath = (applicationId: string, kind: string) =>
  `/api/v1/applications/${encodeURIComponent(applicationId)}/evidence/${encodeURIComponent(kind)}/attachments`

/** The URL of a photo's JPEG thumbnail (the parent's session cookie authorizes it). */
export const attachmentThumbnailUrl = (applicationId: string, kind: string, attachmentId: string) =>
  `${attachmentsPath(applicationId, kind)}/${encodeURIComponent(attachmentId)}?thumbnail=true`

/** The photos of one evidence page, oldest first. */
export const listAttachments = (applicationId: string, kind: string): Promise<Attachment[]> =>
  unwrap(sdk.listEvidenceAttachments({ path: { id: applicationId, kind } })) as Promise<Attachment[]>

export const deleteAttachment = (applicationId: string, kind: string, attachmentId: string) =>
  unwrap(sdk.deleteEvidenceAttachment({ path: { id: applicationId, kind, attachmentId } }))

/**
 * A certificate photo of pages 5–11 (`POST …/evidence/{kind}/attachments`, multipart `file`), sent
 * after the browser compressed it (imageCompress.ts).
 */
export async function uploadAttachment(applicationId: string, kind: string, file: File): Promise<Attachment> {
  const data = new FormData()
  data.append('file', file, file.name)
  const headers: Record<string, string> = { Accept: 'application/json' }
  const token = readCookie(CSRF_COOKIE)
  if (token) headers[CSRF_HEADER] = token
  return unwrap(fetch(attachmentsPath(applicationId, kind), { method: 'POST', body: data, headers, credentials: 'same-origin' }).then(async (response) => {
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON
    }
    return response.ok ? { data: parsed as Attachment, response } : { error: parsed, response }
  }))
}
