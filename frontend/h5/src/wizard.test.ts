import { describe, expect, it } from 'vitest'
import { defaultRelation, mayChange, resumePath, STATUS_TEXT, submissionGate } from './wizard'
import { fieldReturns, returnsOf } from './returns'
import { jpegName, targetSize } from './imageCompress'
import { isWeChat, signedUrl } from './wechat'

const parent = { name: '张伟', residentId: '', mobile: '', regionCode: '', regionName: '', addressDetail: '' }

describe('the wizard', () => {
  it('resumes a draft at the first page it still needs', () => {
    const base = { id: 'a1', student: null, guardians: { father: null, mother: null }, household: null }
    expect(resumePath(base as never)).toBe('/apply/a1/student')
    expect(resumePath({ ...base, student: {} } as never)).toBe('/apply/a1/guardians')
    expect(resumePath({ ...base, student: {}, guardians: { father: parent, mother: null } } as never)).toBe('/apply/a1/household')
    const full = { ...base, student: {}, guardians: { father: null, mother: parent }, household: {} } as never
    expect(resumePath(full, { pages: [{ kind: 'property', state: 'Saved' }, { kind: 'residence-permit', state: 'NotAnswered' }] } as never)).toBe('/apply/a1/evidence/residence-permit')
    const all = ['property', 'residence-permit', 'employment', 'business', 'preferential-care', 'relocation', 'long-term-residence'].map((kind) => ({ kind, state: 'Skipped' }))
    expect(resumePath(full, { pages: all } as never)).toBe('/apply/a1/submit')
  })

  it('学生与户主关系 follows the student\'s sex, not always 「子」', () => {
    expect(defaultRelation('男')).toBe('子')
    expect(defaultRelation('女')).toBe('女')
    expect(defaultRelation('Female')).toBe('女')
    expect(defaultRelation(null)).toBe('')
  })

  it('statuses: 填写中 / 审核中 / 有误 / 已提交, edit and delete until accepted', () => {
    expect(Object.values(STATUS_TEXT)).toEqual(['填写中', '审核中', '有误', '已提交'])
    expect(['Draft', 'UnderReview', 'Returned', 'Accepted'].map(mayChange)).toEqual([true, true, true, false])
  })
})

describe('returned fields', () => {
  it('reads the reviewer\'s reasons per page and field', () => {
    const returns = fieldReturns({ returnedFields: [
      { page: 'student', field: 'residentId', pageLabel: '学生基本信息', fieldLabel: '身份证号', reason: '与户口簿不一致', note: '第7至14位与出生日期不符', text: '学生基本信息·身份证号：与户口簿不一致（第7至14位与出生日期不符）' },
      { page: 'guardians', field: 'father.mobile', reason: '手机号无法接通', note: null },
      { page: 'Property', field: 'page', pageLabel: '房产信息', fieldLabel: '整页', reason: '房产证照片不清晰' },
      { page: 'household', field: 'community', text: '学生户籍信息·所属小区：与户口簿不一致' },
    ] })
    // Next to its field: the reason and the reviewer's words, not the page and field again.
    expect(returnsOf('student', returns)).toEqual({ residentId: '与户口簿不一致（第7至14位与出生日期不符）' })
    expect(returnsOf('household', returns)).toEqual({ community: '学生户籍信息·所属小区：与户口簿不一致' })
    expect(returnsOf('guardians', returns)).toEqual({ 'father.mobile': '手机号无法接通' })
    expect(returnsOf('property', returns)).toEqual({ page: '房产证照片不清晰' })
    expect(returns.map((r) => r.label)).toEqual(['学生基本信息 · 身份证号', '', '房产信息', ''])
    expect(fieldReturns({ returnReasons: ['请核对'] })).toEqual([])
  })
})

describe('photos and WeChat', () => {
  it('scales a photo down to 1600 px on its long side, never up', () => {
    expect(targetSize(4032, 3024)).toEqual({ width: 1600, height: 1200 })
    expect(targetSize(3024, 4032)).toEqual({ width: 1200, height: 1600 })
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 })
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg')
  })

  it('recognises WeChat and signs the URL without its #fragment', () => {
    expect(isWeChat('Mozilla/5.0 (iPhone) MicroMessenger/8.0.49 NetType/WIFI')).toBe(true)
    expect(isWeChat('Mozilla/5.0 (Linux; Android 14) Chrome/126 Mobile Safari')).toBe(false)
    expect(signedUrl('https://x.cn/h5/?from=menu#/apply/a1/student')).toBe('https://x.cn/h5/?from=menu')
  })
})

describe('the submission gate', () => {
  const id = 'a1'
  it.each([
    ['application.evidence-unanswered', '请填写或跳过：居住证信息、长期居住信息', '以下页面请填写，或点「无此信息跳过」：', [
      { title: '第6步 居住证信息', path: '/apply/a1/evidence/residence-permit' },
      { title: '第11步 长期居住信息', path: '/apply/a1/evidence/long-term-residence' },
    ]],
    ['application.incomplete', '请先完成：学生父母信息、学生户籍信息', '请先完成以下页面：', [
      { title: '第3步 学生父母信息', path: '/apply/a1/guardians' },
      { title: '第4步 学生户籍信息', path: '/apply/a1/household' },
    ]],
    ['application.incomplete', '请先完成：某个新页面', '请先完成以下页面：', [{ title: '某个新页面', path: '' }]],
  ])('%s 「%s」 becomes a list of pages to tap', (code, message, heading, pages) => {
    expect(submissionGate(id, { code, message })).toEqual({ heading, pages })
  })

  it('answers null for any other refusal', () => {
    expect(submissionGate(id, { code: 'season.closed', message: '本年度信息采集已结束' })).toBeNull()
    expect(submissionGate(id, { code: null, message: '网络异常，请检查网络后重试' })).toBeNull()
  })
})
