import { describe, expect, it } from 'vitest'
import { fieldLabel, pagesOf, shown, preCheckState } from './pages'
import type { ApplicationDetails } from '../api/types'

const application = (patch: Partial<ApplicationDetails> = {}): ApplicationDetails => ({
  id: 'a1', seasonId: 's1', graduationType: 'PrimaryGraduate', graduationTypeText: '小学毕业生', status: 'UnderReview', statusText: '审核中', version: 3,
  student: {
    name: '李小明', residentId: '410185********0014', gender: 'Male', birthDate: null, birthYear: 2013, formerName: null, ethnicityCode: '01', ethnicityName: '汉族',
    graduationSchoolId: 'g1', graduationSchoolName: '登封市实验小学', graduationClassId: 'c1', graduationClassName: '六（1）班', birthCertificateNumber: null, overAgeConfirmed: false,
  },
  guardians: { father: { name: '张伟', residentId: '410185********0015', mobile: '138****2345', regionCode: '410185001001', regionName: '嵩阳街道 嵩溪园居委会', addressDetail: '中岳大街72号' }, mother: null },
  household: null,
  returnReasons: [], submittedAt: '2025-07-01T00:00:00Z', updatedAt: '2025-07-01T00:00:00Z', personalDataMasked: true,
  ...patch,
})

describe('the eleven pages of an application', () => {
  it('lists the pages in the guide\'s order', () => {
    expect(pagesOf(application()).map((p) => `${p.no}${p.title}`)).toEqual([
      '1毕业类型', '2学生基本信息', '3学生父母信息', '4学生户籍信息', '5房产信息', '6居住证信息', '7务工信息', '8经商信息',
      '9政策（优抚）照顾信息', '10拆迁安置协议信息', '11长期居住信息',
    ])
  })

  it('keys each markable field as the Review API names it (page + field)', () => {
    const pages = pagesOf(application())
    const keys = pages.flatMap((p) => p.fields.filter((f) => f.markable).map((f) => `${f.page}.${f.field}`))
    expect(keys).toContain('student.name')
    expect(keys).toContain('guardians.father.mobile')
    expect(keys).not.toContain('student.gender') // derived from the ID: not a field the parent types
    expect(keys.some((k) => k.startsWith('guardians.mother'))).toBe(false) // no mother on page 3
  })

  it('shows enum values in Chinese and blanks as a dash', () => {
    expect(pagesOf(application())[1].fields.find((f) => f.field === 'gender')?.value).toBe('男')
    expect(shown(null)).toBe('—')
    expect(shown('HouseOwnershipCertificate')).toBe('房产证')
  })

  it('shows a saved evidence page\'s fields, a skipped one as skipped', () => {
    const pages = pagesOf(application({
      evidence: [
        { kind: 'property', state: 'Saved', fields: { holder: 'Father', titleType: 'RealEstateCertificate', certificateNumber: '豫(2024)登封市不动产权第0001234号', regionName: '嵩溪园居委会', addressDetail: '3号楼', community: '秀丽王府花园' } },
        { kind: 'employment', state: 'Skipped', skippedAt: '2025-07-01T00:00:00Z' },
      ],
    }))
    const property = pages.find((p) => p.key === 'property')!
    expect(property.state).toBe('filled')
    expect(property.fields.slice(0, 2).map((f) => f.value)).toEqual(['父亲', '不动产权证'])
    expect(pages.find((p) => p.key === 'employment')).toMatchObject({ state: 'skipped', note: '家长选择「无此信息跳过」' })
    expect(pages.find((p) => p.key === 'business')).toMatchObject({ state: 'empty', note: '未填写' })
  })

  it('names a field or a whole page for messages', () => {
    const pages = pagesOf(application())
    expect(fieldLabel(pages, 'guardians', 'father.mobile')).toBe('父亲手机号')
    expect(fieldLabel(pages, 'property', 'page')).toBe('房产信息（整页）')
  })
})

describe('the pre-check panel', () => {
  it.each([
    [{ outcome: 'Passed', passed: true }, 'pass', '通过'],
    [{ outcome: 'Failed', passed: false }, 'fail', '未通过'],
    [{ outcome: 'NotChecked', passed: false }, 'unknown', '未核验'],
    [{ outcome: 'NotApplicable', passed: true }, 'na', '不适用'],
    [{ outcome: 'Notice', passed: true }, 'notice', '提示'],
    [{ passed: true }, 'pass', '通过'],
    [{ passed: false }, 'fail', '未通过'],
  ])('shows %j as %s (%s)', (check, css, text) => {
    expect(preCheckState(check)).toMatchObject({ css, text })
  })
})
