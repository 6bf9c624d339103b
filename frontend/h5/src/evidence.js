// Pages 5–11 of the wizard (eligibility evidence), in the guide's order. One generic page
// (pages/EvidencePage.vue) renders each from this description; the field names are the API's
// (PUT /api/v1/applications/{id}/evidence/{kind}), the labels the guide's.
//
// Field types: `parent` (父亲/母亲, only the parents filled on page 3), `select` (enum strings),
// `text`, `date` (yyyy-MM-dd). Every page has an address: `regionCode` (RegionPicker) + `addressDetail`,
// and `community` (所属小区) when the page has one.

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

export const EVIDENCE_KINDS = [
  {
    kind: 'property', page: 5, title: '房产信息', address: '房产登记地址', community: true,
    fields: [
      { name: 'holder', label: '产权人', type: 'parent' },
      { name: 'titleType', label: '产权类型', type: 'select', options: TITLE_TYPES },
      { name: 'certificateNumber', label: '产权编号', type: 'text', max: 100 },
    ],
  },
  {
    kind: 'residence-permit', page: 6, title: '居住证信息', address: '居住地址', community: false,
    hint: '居住地址填写现居住地址（不是户口簿地址）',
    fields: [
      { name: 'holder', label: '持证人', type: 'parent' },
      { name: 'permitNumber', label: '居住证号码', type: 'text', max: 30 },
      { name: 'validUntil', label: '有效期限', type: 'date' },
    ],
  },
  {
    kind: 'employment', page: 7, title: '务工信息', address: '单位地址', community: false,
    fields: [
      { name: 'parent', label: '务工人', type: 'parent' },
      { name: 'employer', label: '工作单位', type: 'text', max: 100 },
      { name: 'socialInsuranceNumber', label: '社保编号', type: 'text', max: 30 },
    ],
  },
  {
    kind: 'business', page: 8, title: '经商信息', address: '经营地址', community: false,
    fields: [
      { name: 'parent', label: '经营者', type: 'parent' },
      { name: 'businessLicence', label: '营业执照（统一社会信用代码）', type: 'text', max: 18, upper: true },
    ],
  },
  {
    kind: 'preferential-care', page: 9, title: '政策（优抚）照顾信息', address: '居住地址', community: true,
    fields: [
      { name: 'recipient', label: '优抚对象', type: 'parent' },
      { name: 'certificateNumber', label: '优抚证编号', type: 'text', max: 30 },
    ],
  },
  {
    kind: 'relocation', page: 10, title: '拆迁安置协议信息', address: '居住地址', community: true,
    fields: [
      { name: 'relocatedPersonName', label: '被拆迁人姓名', type: 'text', max: 30 },
      { name: 'relocatedPersonResidentId', label: '被拆迁人身份证号', type: 'text', max: 18, upper: true },
      { name: 'agreementNumber', label: '协议编号', type: 'text', max: 50 },
    ],
  },
  {
    kind: 'long-term-residence', page: 11, title: '长期居住信息', address: '居住地址', community: true,
    fields: [
      { name: 'owner', label: '户主', type: 'parent' },
      { name: 'paymentType', label: '缴费类型', type: 'select', options: PAYMENT_TYPES },
      { name: 'accountNumber', label: '户号', type: 'text', max: 30 },
      { name: 'accountHolderName', label: '户名', type: 'text', max: 30 },
    ],
  },
]

export const evidenceKind = (kind) => EVIDENCE_KINDS.find((k) => k.kind === kind) ?? null

/** Every field name the page may show errors for (the API's names). */
export function fieldNames(spec) {
  return [...spec.fields.map((f) => f.name), 'regionCode', 'addressDetail', ...(spec.community ? ['community'] : [])]
}

/** The wizard's path after a page: page 4 → page 5, …, page 11 → 保存提交. */
export function nextPath(applicationId, kind) {
  const i = EVIDENCE_KINDS.findIndex((k) => k.kind === kind)
  const next = EVIDENCE_KINDS[i + 1]
  return next ? `/apply/${applicationId}/evidence/${next.kind}` : `/apply/${applicationId}/submit`
}

/** The path before a page: page 5 → 学生户籍信息 (page 4). */
export function previousPath(applicationId, kind) {
  const i = EVIDENCE_KINDS.findIndex((k) => k.kind === kind)
  return i > 0 ? `/apply/${applicationId}/evidence/${EVIDENCE_KINDS[i - 1].kind}` : `/apply/${applicationId}/household`
}

export const firstEvidencePath = (applicationId) => `/apply/${applicationId}/evidence/${EVIDENCE_KINDS[0].kind}`

/** Parents filled on page 3 (`application.guardians`), as choices. */
export function parentOptions(application) {
  const guardians = application?.guardians ?? {}
  return PARENTS.filter((p) => guardians[p.key]).map((p) => ({ ...p, name: guardians[p.key].name }))
}

/** The form of a page: empty, or the saved fields. */
export function emptyForm(spec, saved = null) {
  const form = { regionCode: '', addressDetail: '', community: '' }
  for (const f of spec.fields) form[f.name] = ''
  if (saved) {
    for (const name of Object.keys(form)) {
      if (saved[name] !== undefined && saved[name] !== null) form[name] = String(saved[name])
    }
  }
  return form
}

/** The PUT body: the page's fields only, trimmed; empty → null (the server says what is missing). */
export function requestBody(spec, form) {
  const body = {}
  for (const name of fieldNames(spec)) {
    const field = spec.fields.find((f) => f.name === name)
    let value = String(form[name] ?? '').trim()
    if (field?.upper) value = value.toUpperCase()
    body[name] = value === '' ? null : value
  }
  return body
}
