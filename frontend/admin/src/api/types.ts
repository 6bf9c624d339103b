// Request and response bodies of the endpoints the admin SPA calls, as the OpenAPI document
// (/openapi/v1.json) describes them. JSON is camelCase; enums are strings.

export type StaffRole = 'DistrictAdmin' | 'SchoolReviewer' | 'Auditor'
export type ReviewStatus = 'UnderReview' | 'Returned' | 'Accepted'
export type GraduationType = 'KindergartenGraduate' | 'PrimaryGraduate'
export type SchoolKind = 'Kindergarten' | 'Primary'

export interface Staff {
  id: string
  userName: string
  displayName: string
  role: StaffRole
  schoolIds: string[]
  disabled: boolean
  lockedUntil: string | null
}

export interface CreateStaffRequest { userName: string; displayName: string; password: string; role: StaffRole | ''; schoolIds: string[] }
export interface UpdateStaffRequest { displayName: string; role: StaffRole | ''; schoolIds: string[]; disabled: boolean; newPassword: string | null }

export interface Client { id: string; clientId: string; name: string; scopes: string[]; createdAt: string; revokedAt: string | null }
export interface CreatedClient { id: string; clientId: string; clientSecret: string; name: string; scopes: string[] }

export interface Agreement { version: number; title: string; text: string; publishedAt: string }

export interface AdminArticle {
  id: string; title: string; body: string; summary: string; sortOrder: number; isPublished: boolean; publishedAt: string | null; updatedAt: string
}
export interface ArticleRequest { title: string; body: string; sortOrder: number; isPublished: boolean }

/** Either `fullYears` + `cutOff` (Henan) or `earliestBirthDate` + `latestBirthDate`. */
export interface AgeWindowRequest { fullYears: number | null; cutOff: string | null; earliestBirthDate: string | null; latestBirthDate: string | null }
export interface AgeWindow { earliestBirthDate: string; latestBirthDate: string; fullYears: number | null; cutOff: string | null }

export interface Season {
  id: string
  year: number
  name: string
  homeCountyCode: string
  opensAt: string
  closesAt: string
  isOpen: boolean
  primaryEntry: AgeWindow
  juniorMiddleEntry: AgeWindow
  overAgeMayBeConfirmed: boolean
  urbanTownCodes: string[]
  socialInsuranceFrom: string | null
  socialInsuranceTo: string | null
  residencePermitValidOn: string | null
  draftReminderDaysBeforeClose?: number | null
}

export interface SeasonRequest {
  year: number | null
  name: string
  homeCountyCode: string
  opensAt: string | null
  closesAt: string | null
  primaryEntry: AgeWindowRequest
  juniorMiddleEntry: AgeWindowRequest
  overAgeMayBeConfirmed: boolean
  urbanTownCodes: string[]
  socialInsuranceFrom: string | null
  socialInsuranceTo: string | null
  residencePermitValidOn: string | null
  draftReminderDaysBeforeClose?: number | null
}

export interface SchoolClass { id: string; name: string }
export interface School { id: string; seasonId: string; name: string; kind: SchoolKind; isScattered: boolean; sortOrder: number; classes: SchoolClass[] }
export interface SchoolRequest { seasonId: string; kind: SchoolKind | ''; name: string; sortOrder: number; classes: string[] | null }
export interface SchoolImportResult { imported: boolean; schoolsCreated: number; classesCreated: number; rowsSkipped: number; errors: ImportRowError[] }
export interface ImportRowError { row: number; message: string }

export interface PublicSchool { id: string; name: string; kind: SchoolKind; isScattered?: boolean }

export interface RegionImportResult { version: string; total: number; added: number; updated: number; unchanged: number; regions: number; elapsedMilliseconds: number }

// ---- Review ---------------------------------------------------------------------------------

export interface ReviewQueueItem {
  id: string
  studentName: string
  studentResidentId: string
  graduationType: GraduationType
  graduationTypeText: string
  schoolId: string
  schoolName: string | null
  classId: string
  className: string | null
  status: ReviewStatus
  statusText: string
  fatherMobile: string | null
  motherMobile: string | null
  submittedAt: string
  updatedAt: string
}
export interface Paged<T> { items: T[]; total: number; page: number; pageSize: number }
/** A queue page: `total` is exact when `totalExact`, else the least there are (the count stopped, ADR-0046). */
export interface ReviewQueuePage extends Paged<ReviewQueueItem> { totalExact: boolean }

export interface Guardian { name: string; residentId: string; mobile: string; regionCode: string; regionName: string; addressDetail: string | null }
export interface Household {
  type: string
  regionCode: string
  regionName: string
  addressDetail: string | null
  community: string | null
  householder: { name: string; residentId: string; relation: string }
  guardianOnSameBooklet: string | null
}
export interface Student {
  name: string
  residentId: string
  gender: string
  /** Only where the resident ID is unmasked (a reveal); null beside a masked ID. */
  birthDate: string | null
  birthYear: number
  formerName: string | null
  ethnicityCode: string | null
  ethnicityName: string | null
  graduationSchoolId: string
  graduationSchoolName: string | null
  graduationClassId: string
  graduationClassName: string | null
  birthCertificateNumber: string | null
  overAgeConfirmed: boolean
}

/** One reason of the last return. */
export interface ReturnedField { page: string; field: string; pageLabel: string; fieldLabel: string; reasonId: string; reason: string; note: string | null; text: string }
/** One field that changed since the return (old → new, masked as the detail is). */
export interface FieldChange { page: string; field: string; pageLabel: string; label: string; old: string | null; new: string | null }
/** One automatic pre-check. */
export interface PreCheck { code?: string; name?: string; label?: string; page?: string | null; field?: string | null; outcome?: 'Passed' | 'Failed' | 'NotChecked' | 'NotApplicable' | 'Notice'; passed: boolean; message?: string | null; detail?: string | null }
/** A certificate photo as the reviewer lists it (`GET …/review/applications/{id}/evidence/attachments`). */
export interface ReviewAttachment { id: string; kind: string; page: number | string; contentType: string; width: number | string; height: number | string; uploadedAt: string }
/** One evidence page (pages 5–11) as the reviewer reads it. */
export interface EvidencePage {
  kind: string
  state?: string
  fields?: Record<string, unknown> | null
  skippedAt?: string | null
  savedAt?: string | null
}

export interface ApplicationDetails {
  id: string
  seasonId: string
  graduationType: GraduationType
  graduationTypeText: string
  status: ReviewStatus
  statusText: string
  version: number
  student: Student
  guardians: { father: Guardian | null; mother: Guardian | null }
  household: Household | null
  returnReasons: string[]
  submittedAt: string
  updatedAt: string
  personalDataMasked: boolean
  returnedFields?: ReturnedField[]
  returnedAt?: string | null
  changesSinceReturn?: FieldChange[]
  preChecks?: PreCheck[]
  /** `Failed` when any pre-check failed, else `NotChecked` when one could not be made, else `Passed`. */
  preCheckOutcome?: 'Passed' | 'Failed' | 'NotChecked' | null
  evidence?: EvidencePage[]
}

export interface ReturnReason { id: string; text: string; sortOrder: number; isActive: boolean }
export interface ReturnReasonRequest { text: string; sortOrder: number; isActive: boolean }
export interface FieldReasonInput { page: string; field: string; reasonId: string; note: string | null }
export interface DecisionResult { id: string; status: ReviewStatus; statusText: string; version: number }
export interface BulkAcceptanceItem { id: string; outcome: 'Accepted' | 'Skipped'; code: string | null; message: string | null }
export interface BulkAcceptanceResult { accepted: number; skipped: number; items: BulkAcceptanceItem[] }

export type AuditAction = 'View' | 'Reveal' | 'Return' | 'Accept' | 'Export' | 'Configure' | 'Retention'
export interface AuditLine {
  id: string; occurredAt: string; staffId: string | null; staffName: string; role: string; clientAddress: string | null
  action: AuditAction | string; applicationId: string | null; detail: string | null
}

/** One message to a parent (GET /api/v1/review/notifications). */
export interface NotificationLine {
  id: string; kind: 'Returned' | 'Accepted' | 'DraftReminder' | string; sourceId: string; applicationId: string; parentAccountId: string | null
  status: 'Pending' | 'Sending' | 'Sent' | 'Skipped' | 'Failed' | string; channel: 'WeChat' | 'Sms' | 'None' | string | null
  recipient: string | null; attempts: number; lastError: string | null; createdAt: string; sentAt: string | null
}

export interface CountItem { key: string; label?: string; name?: string; count: number }
export interface Statistics {
  byStatus: CountItem[]
  bySchool: CountItem[]
  byDay: CountItem[]
  byEvidenceKind: CountItem[]
  total?: number
}

/** One upload of the bureau's payment export (`GET /api/v1/admin/social-insurance/imports/{id}`). */
export interface SocialInsuranceImport {
  id: string
  fileName: string
  format: string
  length: number
  /** `Queued`, `Running`, `Completed` or `Failed` (then `failure` says why). */
  status: string
  rowsRead: number
  accepted: number
  /** Of the accepted rows, those not on record before. */
  newRecords: number
  refused: number
  /** The first 100 refused rows: the spreadsheet row (the header is row 1) and why. */
  refusals: { row: number; reason: string }[]
  failure: string | null
  queuedAt: string
  startedAt: string | null
  finishedAt: string | null
}

/** An integrator client's webhook (GET /api/v1/admin/webhooks); the secret is never listed. */
export interface WebhookSubscription {
  id: string; clientId: string; url: string; events: string[]; description: string | null; isActive: boolean; createdAt: string; updatedAt: string
}

/** One event for one webhook and how posting it went (GET /api/v1/admin/webhooks/deliveries). */
export interface WebhookDelivery {
  id: string; subscriptionId: string; clientId: string; url: string; eventId: string
  eventType: 'application.accepted' | 'application.returned' | 'application.deleted' | string; applicationId: string; occurredAt: string
  status: 'Pending' | 'Sending' | 'Succeeded' | 'Failed' | 'Cancelled' | string
  attempts: number; totalAttempts: number; replays: number; lastStatusCode: number | null; lastError: string | null; lastDurationMs: number | null
  lastAttemptAt: string | null; nextAttemptAt: string | null; createdAt: string; deliveredAt: string | null
}

export interface WebhookAttempt { number: number; startedAt: string; durationMs: number; statusCode: number | null; succeeded: boolean; error: string | null }

export interface WebhookDeliveryDetail { delivery: WebhookDelivery; payload: string; attemptLog: WebhookAttempt[] }
/** A retention dry run (数据保留报告, GET /api/v1/admin/retention/reports). */
export type RetentionStatus = 'Planned' | 'Executed' | 'Cancelled'
export interface RetentionSeason { seasonId: string; seasonName: string | null; closesAt: string | null; applications: number; byStatus: Record<string, number> }
export interface RetentionReport {
  id: string; plannedAt: string; plannedBy: string; daysAfterSeasonCloses: number; executesAfter: string
  status: RetentionStatus; statusText: string; listed: number; anonymized: number | null
  executedAt: string | null; cancelledAt: string | null; seasons: RetentionSeason[]
}
