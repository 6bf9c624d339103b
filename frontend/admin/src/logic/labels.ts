import type { GraduationType, ReviewStatus, SchoolKind, StaffRole } from '../api/types'

export const ROLE_LABELS: Record<StaffRole, string> = { DistrictAdmin: '教育局管理员', SchoolReviewer: '学校审核员', Auditor: '审计员' }
export const STATUS_LABELS: Record<ReviewStatus, string> = { UnderReview: '审核中', Returned: '有误', Accepted: '已提交' }
export const GRADUATION_LABELS: Record<GraduationType, string> = { KindergartenGraduate: '幼儿园毕业生', PrimaryGraduate: '小学毕业生' }
export const SCHOOL_KIND_LABELS: Record<SchoolKind, string> = { Kindergarten: '幼儿园', Primary: '小学' }
/** The school kind whose graduates each graduation type is. */
export const SCHOOL_KIND_OF: Record<GraduationType, SchoolKind> = { KindergartenGraduate: 'Kindergarten', PrimaryGraduate: 'Primary' }

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  View: '查看', Reveal: '查看完整信息', Return: '退回（有误）', Accept: '审核通过', Export: '导出', Configure: '修改配置', Retention: '数据保留',
}

export const STATUS_TAG: Record<string, 'warning' | 'danger' | 'success' | 'info'> = { UnderReview: 'warning', Returned: 'danger', Accepted: 'success' }

const CHINA = 'Asia/Shanghai'
/** A time as Chinese staff read it (China time, 24 h). */
export function formatTime(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return String(value)
  return d.toLocaleString('zh-CN', { hour12: false, timeZone: CHINA, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
}
