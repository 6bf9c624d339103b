import { describe, expect, it } from 'vitest'
import { ageWindowInWords, birthDateRange, insuranceInWords, monthsBetween, normalizeWindow, validateSeason } from './seasonWords'
import type { SeasonRequest } from '../api/types'

const full = (fullYears: number | null, cutOff: string | null) => ({ fullYears, cutOff, earliestBirthDate: null, latestBirthDate: null })
const dates = (earliestBirthDate: string | null, latestBirthDate: string | null) => ({ fullYears: null, cutOff: null, earliestBirthDate, latestBirthDate })

describe('age window in words', () => {
  it.each([
    // Henan: 6 full years on 31 August 2024 → born 2017-09-01 … 2018-08-31 (as AgeWindow.FullYearsOn).
    [full(6, '2024-08-31'), { earliest: '2017-09-01', latest: '2018-08-31' }],
    [full(12, '2024-08-31'), { earliest: '2011-09-01', latest: '2012-08-31' }],
    // A leap-day cut-off moves to 28 February in a year without it.
    [full(6, '2024-02-29'), { earliest: '2017-03-01', latest: '2018-02-28' }],
    [dates('2017-09-01', '2018-08-31'), { earliest: '2017-09-01', latest: '2018-08-31' }],
    [full(null, '2024-08-31'), null],
    [dates('2017-09-01', null), null],
  ])('%j admits %j', (window, range) => {
    expect(birthDateRange(window)).toEqual(range)
  })

  it('states the Henan form with the cut-off day and the birth dates', () => {
    expect(ageWindowInWords(full(6, '2024-08-31'))).toBe('2024年8月31日满6周岁且未满7周岁：出生日期在2017年9月1日至2018年8月31日之间（含）')
  })

  it('states a birth-date window as such', () => {
    expect(ageWindowInWords(dates('2017-09-01', '2018-08-31'))).toBe('出生日期在2017年9月1日至2018年8月31日之间（含）')
  })

  it('says when the window is incomplete', () => {
    expect(ageWindowInWords(full(6, null))).toBe('（未填写完整）')
  })

  it('keeps only the chosen form', () => {
    const both = { fullYears: 6, cutOff: '2024-08-31', earliestBirthDate: '2017-09-01', latestBirthDate: '2018-08-31' }
    expect(normalizeWindow(both, 'fullYears')).toEqual(full(6, '2024-08-31'))
    expect(normalizeWindow(both, 'birthDates')).toEqual(dates('2017-09-01', '2018-08-31'))
  })
})

describe('social-insurance months in words', () => {
  it.each([
    ['2024-02', '2024-06', '2024年2月至2024年6月连续缴纳职工社保（不含居民医保），共5个月'],
    ['2023-07', '2024-06', '2023年7月至2024年6月连续缴纳职工社保（不含居民医保），共12个月'],
    [null, null, '不检查社保连续缴纳'],
    ['2024-02', null, '（起止月份须同时填写）'],
    ['2024-06', '2024-02', '（截止月份不能早于起始月份）'],
    ['2024/02', '2024-06', '（月份格式应为 yyyy-MM）'],
  ])('%s … %s', (from, to, words) => {
    expect(insuranceInWords(from, to)).toBe(words)
  })

  it('counts months inclusively', () => {
    expect(monthsBetween('2024-01', '2024-01')).toBe(1)
    expect(monthsBetween('2023-12', '2024-01')).toBe(2)
  })
})

describe('season validation', () => {
  const valid = (): SeasonRequest => ({
    year: 2025, name: '登封市2025年义务教育新生入学信息采集', homeCountyCode: '410185',
    opensAt: '2025-07-01T08:00:00+08:00', closesAt: '2025-07-20T18:00:00+08:00',
    primaryEntry: full(6, '2025-08-31'), juniorMiddleEntry: dates('2012-09-01', '2013-08-31'),
    overAgeMayBeConfirmed: true, urbanTownCodes: ['410185001', '410185002001'],
    socialInsuranceFrom: '2025-02', socialInsuranceTo: '2025-06', residencePermitValidOn: '2025-07-01',
  })

  it('accepts a complete season', () => {
    expect(validateSeason(valid())).toEqual({})
  })

  it.each<[string, (s: SeasonRequest) => void, string, string]>([
    ['closing before opening', (s) => { s.closesAt = '2025-06-01T00:00:00+08:00' }, 'closesAt', '结束时间应晚于开始时间'],
    ['a county code of 5 digits', (s) => { s.homeCountyCode = '41018' }, 'homeCountyCode', '本县（市、区）代码应为6位数字'],
    ['no cut-off day', (s) => { s.primaryEntry = full(6, null) }, 'primaryEntry.cutOff', '请选择计算年龄的日期'],
    ['a reversed birth-date window', (s) => { s.juniorMiddleEntry = dates('2013-09-01', '2012-08-31') }, 'juniorMiddleEntry.latestBirthDate', '最晚出生日期不能早于最早出生日期'],
    ['only the first insurance month', (s) => { s.socialInsuranceTo = null }, 'socialInsuranceTo', '社保起止月份须同时填写'],
    ['insurance months reversed', (s) => { s.socialInsuranceTo = '2025-01' }, 'socialInsuranceTo', '社保截止月份不能早于起始月份'],
    ['a town code of 6 digits', (s) => { s.urbanTownCodes = ['410185'] }, 'urbanTownCodes', '「410185」不是9位或12位的乡镇（街道）代码'],
    ['no name', (s) => { s.name = ' ' }, 'name', '请填写名称'],
  ])('refuses %s', (_, change, field, message) => {
    const season = valid()
    change(season)
    expect(validateSeason(season)).toEqual({ [field]: message })
  })
})
