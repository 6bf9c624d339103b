// The wizard's order and what the guide says on pages 1–4; where a draft resumes.
import type { ApplicationDto, EvidenceOverviewDto } from '../../shared/src/api'
import { EVIDENCE_KINDS } from './evidence'

export const GRADUATION_TYPES = [
  { value: 'KindergartenGraduate', label: '幼儿园毕业生', hint: '升入小学一年级' },
  { value: 'PrimaryGraduate', label: '小学毕业生', hint: '升入初中七年级' },
] as const

export const NOTES = {
  graduationType: ['所有加“*”均为必填项，请认真填写。'],
  student: [
    '曾用名：如果户籍上有的填写，没有不填写；',
    '身份证号输入后请家长认真核对，确保无误。如果提示“此学生信息已经登记”，表示此学生信息已经采集；如果提示“学生年龄不足，无须采集”，说明学生不符合入学年龄条件；如果提示“学生年龄超过上学年龄，请确认是否填写有误”，说明学生身份证可能填写错误。',
    '毕业学校：请选择学生毕业的幼儿园或小学，外地返登封上学的学生，毕业学校请选择“社会零星幼儿园”或“社会零星小学”，这两个选项在所有学校最后面；',
    '毕业班级：请选择毕业所在班级，外地返登封上学的学生，请选择零班；',
    '出生证编号：请填写学生医学出生证右下角的编号（一般为字母+数字），如果有“*”，“*”不填写。',
  ],
  guardians: [
    '学生父母信息至少填写父母一方的信息，否则不能通过；',
    '地址选择要选择最后一项（登封为居委会或村庄，外县市为街道或乡镇）;',
    '户口簿地址须与户口簿首页“住址”栏一致。',
  ],
  household: [
    '户口簿登记地址与户口簿首页“住址”栏一致。（如住址为“河南省郑州市登封市嵩阳街道中岳大街72号秀丽王府花园*号楼*单元***室”，地址部分只填写“中岳大街72号秀丽王府花园*号楼*单元***室”，所属小区填写：“秀丽王府花园”）；',
    '如果为登封户籍，户口簿登记区域必须选择到村或社区居委会，否则无法提交;',
    '如果学生为集体户口，且学生与父母一方在同一户口薄，户主信息填写学生父母一方。',
  ],
} as const

/** The first page a draft still needs (pages 2–4, then the first unanswered of 5–11, then 保存提交). */
export function resumePath(application: Pick<ApplicationDto, 'id' | 'student' | 'guardians' | 'household'>, evidence?: Pick<EvidenceOverviewDto, 'pages'> | null): string {
  const id = application.id
  if (!application.student) return `/apply/${id}/student`
  if (!application.guardians?.father && !application.guardians?.mother) return `/apply/${id}/guardians`
  if (!application.household) return `/apply/${id}/household`
  for (const spec of EVIDENCE_KINDS) {
    const page = evidence?.pages?.find((p) => p.kind === spec.kind)
    if (!page || page.state === 'NotAnswered') return `/apply/${id}/evidence/${spec.kind}`
  }
  return `/apply/${id}/submit`
}

/** 学生与户主关系 choices; the default follows the student's sex (子 for a boy, 女 for a girl). */
export const RELATIONS = ['子', '女', '孙子', '孙女', '外孙子', '外孙女', '侄子', '侄女', '外甥', '外甥女', '兄弟', '姐妹', '本人', '其他']

export function defaultRelation(gender: string | null | undefined, guardianOnBooklet = true): string {
  if (!guardianOnBooklet) return ''
  if (gender === '男' || gender === 'Male') return '子'
  if (gender === '女' || gender === 'Female') return '女'
  return ''
}

/** Tag colours of 毕业生列表: 填写中 / 审核中 / 有误 / 已提交. */
export const STATUS_TAG: Record<string, 'primary' | 'warning' | 'danger' | 'success'> = {
  Draft: 'primary',
  UnderReview: 'warning',
  Returned: 'danger',
  Accepted: 'success',
}
export const STATUS_TEXT: Record<string, string> = { Draft: '填写中', UnderReview: '审核中', Returned: '有误', Accepted: '已提交' }

/** Edit and delete are allowed until the application is accepted (已提交). */
export const mayChange = (status: string) => status !== 'Accepted'

/** A page of the wizard the submission gate names, with where to fix it. */
export interface GatePage { title: string; path: string }

const CORE_PAGES = [
  { title: '学生基本信息', page: 'student' },
  { title: '学生父母信息', page: 'guardians' },
  { title: '学生户籍信息', page: 'household' },
] as const

/**
 * The submission gate's 422 (`application.incomplete` 「请先完成：…」, `application.evidence-unanswered`
 * 「请填写或跳过：…」) as a heading and the pages it names, each with its path in the wizard, so that
 * the parent sees a list to tap rather than one long sentence. Answers null for any other error.
 */
export function submissionGate(applicationId: string, error: { code?: string | null; message: string }): { heading: string; pages: GatePage[] } | null {
  const heading = error.code === 'application.incomplete' ? '请先完成以下页面：' : error.code === 'application.evidence-unanswered' ? '以下页面请填写，或点「无此信息跳过」：' : null
  if (!heading) return null
  const named = error.message.slice(error.message.indexOf('：') + 1).split('、').map((t) => t.trim()).filter(Boolean)
  const pages = named.map((title): GatePage => {
    const core = CORE_PAGES.find((p) => p.title === title)
    if (core) return { title: `第${CORE_PAGES.indexOf(core) + 2}步 ${title}`, path: `/apply/${applicationId}/${core.page}` }
    const spec = EVIDENCE_KINDS.find((k) => k.title === title)
    return spec ? { title: `第${spec.page}步 ${title}`, path: `/apply/${applicationId}/evidence/${spec.kind}` } : { title, path: '' }
  })
  return { heading, pages }
}
