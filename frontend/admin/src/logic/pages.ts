// The eleven pages of an application as the reviewer reads them, each field with the key that a
// return names (`page` + `field`, as the Review API's ReviewableFields: `student.residentId`,
// `guardians.father.mobile`, `household.householder.name`; `page` alone for a whole page).
import type { ApplicationDetails, Guardian } from '../api/types'

export const WHOLE_PAGE = 'page'

export interface FieldView { page: string; field: string; label: string; value: string; markable: boolean; personal?: boolean }
export interface PageView { no: number; key: string; title: string; fields: FieldView[]; state: 'filled' | 'skipped' | 'empty'; note?: string }

export const EVIDENCE_PAGES: { key: string; title: string; fields: [string, string][] }[] = [
  { key: 'property', title: '房产信息', fields: [['holder', '产权人'], ['titleType', '产权类型'], ['certificateNumber', '产权编号'], ['regionName', '房产登记地址（区划）'], ['addressDetail', '详细地址'], ['community', '所属小区']] },
  { key: 'residence-permit', title: '居住证信息', fields: [['holder', '持证人'], ['permitNumber', '居住证号码'], ['validUntil', '有效期限'], ['regionName', '居住地址（区划）'], ['addressDetail', '详细地址']] },
  { key: 'employment', title: '务工信息', fields: [['parent', '务工人'], ['employer', '工作单位'], ['regionName', '单位地址（区划）'], ['addressDetail', '详细地址'], ['socialInsuranceNumber', '社保编号']] },
  { key: 'business', title: '经商信息', fields: [['parent', '经营者'], ['businessLicence', '营业执照（统一社会信用代码）'], ['regionName', '经营地址（区划）'], ['addressDetail', '详细地址']] },
  { key: 'preferential-care', title: '政策（优抚）照顾信息', fields: [['recipient', '优抚对象'], ['certificateNumber', '优抚证编号'], ['regionName', '居住地址（区划）'], ['addressDetail', '详细地址'], ['community', '所属小区']] },
  { key: 'relocation', title: '拆迁安置协议信息', fields: [['relocatedPersonName', '被拆迁人姓名'], ['relocatedPersonResidentId', '被拆迁人身份证号'], ['agreementNumber', '协议编号'], ['regionName', '居住地址（区划）'], ['addressDetail', '详细地址'], ['community', '所属小区']] },
  { key: 'long-term-residence', title: '长期居住信息', fields: [['owner', '户主'], ['paymentType', '缴费类型'], ['accountNumber', '户号'], ['accountHolderName', '户名'], ['regionName', '地址（区划）'], ['addressDetail', '详细地址'], ['community', '所属小区']] },
]

const VALUE_LABELS: Record<string, string> = {
  Father: '父亲', Mother: '母亲', Family: '家庭户', Collective: '集体户',
  HouseOwnershipCertificate: '房产证', RealEstateCertificate: '不动产权证', LandUseCertificate: '土地使用证', OnlinePurchaseContract: '网签购房合同',
  Water: '水', Electricity: '电', Gas: '燃气', Male: '男', Female: '女',
}

export function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('name' in o && typeof o.name === 'string') return o.name
    return Object.values(o).filter((v) => v != null && v !== '').map(shown).join(' ')
  }
  const text = String(value)
  return VALUE_LABELS[text] ?? text
}

function guardianFields(role: 'father' | 'mother', label: string, g: Guardian | null): FieldView[] {
  const f = (field: string, name: string, value: unknown, personal = false): FieldView =>
    ({ page: 'guardians', field: `${role}.${field}`, label: `${label}${name}`, value: shown(value), markable: true, personal })
  return [
    f('name', '姓名', g?.name),
    f('residentId', '身份证号', g?.residentId, true),
    f('mobile', '手机号', g?.mobile, true),
    f('regionCode', '户口簿地址（区划）', g?.regionName),
    f('addressDetail', '户口簿地址（详细地址）', g?.addressDetail),
  ]
}

/** The eleven pages in the guide's order. */
export function pagesOf(a: ApplicationDetails): PageView[] {
  const s = a.student
  const student = (field: string, label: string, value: unknown, personal = false): FieldView =>
    ({ page: 'student', field, label, value: shown(value), markable: true, personal })
  const h = a.household
  const household = (field: string, label: string, value: unknown, personal = false): FieldView =>
    ({ page: 'household', field, label, value: shown(value), markable: true, personal })

  const pages: PageView[] = [
    { no: 1, key: 'graduation', title: '毕业类型', state: 'filled', fields: [{ page: 'graduation', field: 'graduationType', label: '毕业类型', value: a.graduationTypeText, markable: false }] },
    {
      no: 2, key: 'student', title: '学生基本信息', state: 'filled',
      fields: [
        student('name', '姓名', s.name),
        student('formerName', '曾用名', s.formerName),
        student('residentId', '身份证号', s.residentId, true),
        { page: 'student', field: 'gender', label: '性别', value: shown(s.gender), markable: false },
        { page: 'student', field: 'birthDate', label: '出生日期', value: (s.birthDate ?? `${s.birthYear}年`) + (s.overAgeConfirmed ? '（家长已确认超龄）' : ''), markable: false },
        student('ethnicityCode', '民族', s.ethnicityName ?? s.ethnicityCode),
        student('graduationSchoolId', '毕业学校', s.graduationSchoolName),
        student('graduationClassId', '毕业班级', s.graduationClassName),
        student('birthCertificateNumber', '出生证编号', s.birthCertificateNumber, true),
      ],
    },
    {
      no: 3, key: 'guardians', title: '学生父母信息', state: a.guardians.father || a.guardians.mother ? 'filled' : 'empty',
      fields: [
        ...(a.guardians.father ? guardianFields('father', '父亲', a.guardians.father) : []),
        ...(a.guardians.mother ? guardianFields('mother', '母亲', a.guardians.mother) : []),
      ],
    },
    {
      no: 4, key: 'household', title: '学生户籍信息', state: h ? 'filled' : 'empty',
      fields: h ? [
        household('type', '户口类型', h.type),
        household('regionCode', '户口簿登记地址（区划）', h.regionName),
        household('addressDetail', '户口簿登记地址（详细地址）', h.addressDetail),
        household('community', '所属小区', h.community),
        household('householder.name', '户主姓名', h.householder?.name),
        household('householder.residentId', '户主身份证号', h.householder?.residentId, true),
        household('householder.relation', '与户主关系', h.householder?.relation),
        household('guardianOnSameBooklet', '与学生同一户口簿的家长', h.guardianOnSameBooklet),
      ] : [],
    },
  ]

  EVIDENCE_PAGES.forEach((def, i) => {
    const saved = (a.evidence ?? []).find((e) => e.kind === def.key)
    const state = !saved ? 'empty' : saved.state === 'Skipped' ? 'skipped' : saved.state === 'NotAnswered' ? 'empty' : 'filled'
    const fields: FieldView[] = state === 'filled'
      ? [
          ...def.fields.map(([field, label]) => ({ page: def.key, field, label, value: shown(saved?.fields?.[field]), markable: false })),
          // Fields the API sends that this list does not name are shown too, never hidden.
          ...Object.entries(saved?.fields ?? {})
            .filter(([field]) => !def.fields.some(([f]) => f === field) && !['regionCode', 'version'].includes(field))
            .map(([field, value]) => ({ page: def.key, field, label: field, value: shown(value), markable: false })),
        ]
      : []
    pages.push({
      no: 5 + i, key: def.key, title: def.title, state, fields,
      note: state === 'skipped' ? '家长选择「无此信息跳过」' : a.evidence === undefined ? '（审核接口未返回此页）' : state === 'empty' ? '未填写' : undefined,
    })
  })
  return pages
}

/** The label of a field key for messages: `guardians` + `father.mobile` → 父亲手机号. */
export function fieldLabel(pages: PageView[], page: string, field: string): string {
  if (field === WHOLE_PAGE) return `${pages.find((p) => p.key === page)?.title ?? page}（整页）`
  return pages.find((p) => p.key === page)?.fields.find((f) => f.field === field)?.label ?? `${page}.${field}`
}

/**
 * How the pre-check panel shows one check: 通过 ✓, 未通过 ✗ (with its reason), 未核验 ? (its data does not exist
 * yet, e.g. social insurance before an import), 不适用 – (nothing to check) or 提示 ! (siblings in the season).
 */
export function preCheckState(check: { outcome?: string; passed: boolean }): { outcome: string; css: string; icon: string; text: string } {
  const outcome = check.outcome ?? (check.passed ? 'Passed' : 'Failed')
  switch (outcome) {
    case 'Passed': return { outcome, css: 'pass', icon: '✓', text: '通过' }
    case 'NotChecked': return { outcome, css: 'unknown', icon: '?', text: '未核验' }
    case 'NotApplicable': return { outcome, css: 'na', icon: '–', text: '不适用' }
    case 'Notice': return { outcome, css: 'notice', icon: '!', text: '提示' }
    default: return { outcome, css: 'fail', icon: '✗', text: '未通过' }
  }
}
