// Pages 5–11 of the wizard (eligibility evidence), in the guide's order. One generic page
// (pages/EvidencePage.vue) renders each from this description; the field names are the API's
// (PUT /api/v1/applications/{id}/evidence/{kind}), the labels the guide's.
//
// Field types: `parent` (父亲/母亲, only the parents filled on page 3), `select` (enum strings),
// `text`, `date` (yyyy-MM-dd). Every page has an address: `regionCode` (RegionPicker) + `addressDetail`,
// and `community` (所属小区) when the page has one.

export interface Option { value: string; label: string }
export interface EvidenceField { name: string; label: string; type: 'parent' | 'select' | 'text' | 'date'; options?: Option[]; max?: number; upper?: boolean; placeholder?: string }
export interface EvidenceSpec {
  kind: 'property' | 'residence-permit' | 'employment' | 'business' | 'preferential-care' | 'relocation' | 'long-term-residence'
  page: number
  title: string
  address: string
  community: boolean
  hint?: string
  /** The guide's 备注 for the page, word for word. */
  notes: string[]
  /** Whether the page takes photos of its certificate. */
  photos?: boolean
  fields: EvidenceField[]
}
export type EvidenceForm = Record<string, string>

const ADDRESS_EXAMPLE = '如住址为“河南省郑州市登封市嵩阳街道中岳大街72号秀丽王府花园*号楼*单元***室”，地址部分只填写“中岳大街72号秀丽王府花园*号楼*单元***室”，所属小区填写：“秀丽王府花园”'

export const PARENTS = [
  { value: 'Father', label: '父亲', key: 'father' },
  { value: 'Mother', label: '母亲', key: 'mother' },
]

export const TITLE_TYPES = [
  { value: 'HouseOwnershipCertificate', label: '房产证' },
  { value: 'RealEstateCertificate', label: '不动产权证' },
  { value: 'LandUseCertificate', label: '土地使用证' },
  { value: 'OnlinePurchaseContract', label: '网签购房合同' },
]

export const PAYMENT_TYPES = [
  { value: 'Water', label: '水' },
  { value: 'Electricity', label: '电' },
  { value: 'Gas', label: '燃气' },
]

export const EVIDENCE_KINDS: EvidenceSpec[] = [
  {
    kind: 'property', page: 5, title: '房产信息', address: '房产登记地址', community: true,
    hint: '如无登封城区房产，点击「无此信息跳过」，进入下一页面', photos: true,
    notes: ['房产证件持有人须是父母一方，正确选择产权类型，根据类型提示填写对应的产权编号；', `房产登记地址为房产证件登记地址（坐落位置），（${ADDRESS_EXAMPLE}）；`, '房产登记区域必须选择到村或社区居委会，否则无法提交。'],
    fields: [
      { name: 'holder', label: '产权人', type: 'parent' },
      { name: 'titleType', label: '产权类型', type: 'select', options: TITLE_TYPES },
      { name: 'certificateNumber', label: '产权编号', type: 'text', max: 100 },
    ],
  },
  {
    kind: 'residence-permit', page: 6, title: '居住证信息', address: '居住地址', community: false,
    photos: true,
    notes: ['居住证地址：为“现居住地址”，不是户籍所在地（注意：填写时街道乡镇等信息不用填写，只需选择；如住址为“河南省郑州市登封市嵩阳街道中岳大街72号秀丽王府花园*号楼*单元***室”，地址部分只填写“中岳大街72号秀丽王府花园*号楼*单元***室”）；', '居住证地址区域选择必须选择到村或社区居委会，否则无法提交；', '要求居住证必须在有效期内（有效期限）。'],
    hint: '居住证信息是为登封市以外户籍人员（学生父母一方）在登封市办理的居住证，登封城区或登封乡镇居民无须办理。如无登封城区居住证，点击「无此信息跳过」，进入下一页面',
    fields: [
      { name: 'holder', label: '持证人', type: 'parent' },
      { name: 'permitNumber', label: '居住证号码', type: 'text', max: 30 },
      { name: 'validUntil', label: '有效期限', type: 'date' },
    ],
  },
  {
    kind: 'employment', page: 7, title: '务工信息', address: '单位地址', community: false,
    hint: '如无登封城区务工信息，点击「无此信息跳过」，进入下一页面', photos: true,
    notes: ['务工信息填写要求学生父母一方在登封城区单位稳定就业且连续缴纳2024年2月至6月职工社保；', '务工页面中社保为“职工社保”，非“居民医保”；', '务工单位地址区域选择必须选择到村或社区居委会，否则无法提交。'],
    fields: [
      { name: 'parent', label: '务工人', type: 'parent' },
      { name: 'employer', label: '工作单位', type: 'text', max: 100 },
      { name: 'socialInsuranceNumber', label: '社保编号', type: 'text', max: 30 },
    ],
  },
  {
    kind: 'business', page: 8, title: '经商信息', address: '经营地址', community: false,
    hint: '如无登封城区经商信息，点击「无此信息跳过」，进入下一页面', photos: true,
    notes: ['本信息填写要求学生父母一方在登封城区经商且连续缴纳2024年2月至6月的职工社保；', '经商页面中社保为“职工社保”，非“居民医保”；', '经营场所地址区域选择必须选择到村或社区居委会，否则无法提交。'],
    fields: [
      { name: 'parent', label: '经营者', type: 'parent' },
      { name: 'businessLicence', label: '营业执照（统一社会信用代码）', type: 'text', max: 18, upper: true },
    ],
  },
  {
    kind: 'preferential-care', page: 9, title: '政策（优抚）照顾信息', address: '居住地址', community: true,
    hint: '如无此信息，可点击「无此信息跳过」', photos: true,
    notes: ['优抚人姓名应为学生父母一方；', '证件编号为对应优抚证编号；', `居住地址：在登封居住地址；${ADDRESS_EXAMPLE}）；`, '居住地址区域选择必须选择到村或社区居委会，否则无法提交。'],
    fields: [
      { name: 'recipient', label: '优抚对象', type: 'parent' },
      { name: 'certificateNumber', label: '优抚证编号', type: 'text', max: 30 },
    ],
  },
  {
    kind: 'relocation', page: 10, title: '拆迁安置协议信息', address: '居住地址', community: true,
    hint: '如无此信息，可点击「无此信息跳过」', photos: true,
    notes: ['拆迁人姓名是指拆迁协议登记人员姓名；', '拆迁身份证号拆迁协议登记人员身份证号；', '协议编号为拆迁协议编号；', `居住地址：在登封城区居住地址；（${ADDRESS_EXAMPLE}）；`, '居住地址区域选择必须选择到村或社区居委会，否则无法提交。'],
    fields: [
      { name: 'relocatedPersonName', label: '被拆迁人姓名', type: 'text', max: 30 },
      { name: 'relocatedPersonResidentId', label: '被拆迁人身份证号', type: 'text', max: 18, upper: true },
      { name: 'agreementNumber', label: '协议编号', type: 'text', max: 50 },
    ],
  },
  {
    kind: 'long-term-residence', page: 11, title: '长期居住信息', address: '居住地址', community: true,
    hint: '如无此信息，可点击「无此信息跳过」', photos: true,
    notes: ['长期居住住房拥有人为学生父母一方；', '缴费类型：水、电、燃气；', '缴纳户号对应姓名必须是学生父母一方；', `居住地址：在登封城区居住地址；（${ADDRESS_EXAMPLE}）；`, '产权所在区域选择必须选择到村或社区居委会，否则无法提交。'],
    fields: [
      { name: 'owner', label: '户主', type: 'parent' },
      { name: 'paymentType', label: '缴费类型', type: 'select', options: PAYMENT_TYPES },
      { name: 'accountNumber', label: '户号', type: 'text', max: 30 },
      { name: 'accountHolderName', label: '户名', type: 'text', max: 30 },
    ],
  },
]

export const evidenceKind = (kind: string): EvidenceSpec | null => EVIDENCE_KINDS.find((k) => k.kind === kind) ?? null

/** Every field name the page may show errors for (the API's names). */
export function fieldNames(spec: EvidenceSpec): string[] {
  return [...spec.fields.map((f) => f.name), 'regionCode', 'addressDetail', ...(spec.community ? ['community'] : [])]
}

/** The wizard's path after a page: page 4 → page 5, …, page 11 → 保存提交. */
export function nextPath(applicationId: string, kind: string): string {
  const i = EVIDENCE_KINDS.findIndex((k) => k.kind === kind)
  const next = EVIDENCE_KINDS[i + 1]
  return next ? `/apply/${applicationId}/evidence/${next.kind}` : `/apply/${applicationId}/submit`
}

/** The path before a page: page 5 → 学生户籍信息 (page 4). */
export function previousPath(applicationId: string, kind: string): string {
  const i = EVIDENCE_KINDS.findIndex((k) => k.kind === kind)
  return i > 0 ? `/apply/${applicationId}/evidence/${EVIDENCE_KINDS[i - 1].kind}` : `/apply/${applicationId}/household`
}

export const firstEvidencePath = (applicationId: string) => `/apply/${applicationId}/evidence/${EVIDENCE_KINDS[0].kind}`

/** Parents filled on page 3 (`application.guardians`), as choices. */
export function parentOptions(application: { guardians?: Record<string, { name: string } | null> | null } | null) {
  const guardians = (application?.guardians ?? {}) as Record<string, { name: string } | null>
  return PARENTS.filter((p) => guardians[p.key]).map((p) => ({ ...p, name: guardians[p.key]!.name }))
}

/** The form of a page: empty, or the saved fields. */
export function emptyForm(spec: EvidenceSpec, saved: Record<string, unknown> | null = null): EvidenceForm {
  const form: EvidenceForm = { regionCode: '', addressDetail: '', community: '' }
  for (const f of spec.fields) form[f.name] = ''
  if (saved) {
    for (const name of Object.keys(form)) {
      if (saved[name] !== undefined && saved[name] !== null) form[name] = String(saved[name])
    }
  }
  return form
}

/** The PUT body: the page's fields only, trimmed; empty → null (the server says what is missing). */
export function requestBody(spec: EvidenceSpec, form: EvidenceForm): Record<string, string | null> {
  const body: Record<string, string | null> = {}
  for (const name of fieldNames(spec)) {
    const field = spec.fields.find((f) => f.name === name)
    let value = String(form[name] ?? '').trim()
    if (field?.upper) value = value.toUpperCase()
    body[name] = value === '' ? null : value
  }
  return body
}
