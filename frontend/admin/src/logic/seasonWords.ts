// The season's policy parameters as the district admin checks them before saving: each age window and
// the social-insurance months stated in words, and the checks the server would refuse otherwise.
import type { AgeWindowRequest, SeasonRequest } from '../api/types'

export type WindowForm = 'fullYears' | 'birthDates'

const CN_DATE = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

function yearsBefore(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  // 29 February in a year without it: the last day of February.
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate()
  return `${y - years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

export function windowForm(window: AgeWindowRequest): WindowForm {
  return window.fullYears != null || window.cutOff ? 'fullYears' : 'birthDates'
}

/**
 * The birth dates a window admits: `fullYears` full years on `cutOff` means born on or before the cut-off
 * day `fullYears` years earlier and after the same day one year before that.
 */
export function birthDateRange(window: AgeWindowRequest): { earliest: string; latest: string } | null {
  if (windowForm(window) === 'fullYears') {
    if (window.fullYears == null || !window.cutOff) return null
    const latest = yearsBefore(window.cutOff, window.fullYears)
    const earliest = addDays(yearsBefore(window.cutOff, window.fullYears + 1), 1)
    return { earliest, latest }
  }
  if (!window.earliestBirthDate || !window.latestBirthDate) return null
  return { earliest: window.earliestBirthDate, latest: window.latestBirthDate }
}

/** 「2024年8月31日满6周岁：出生日期在2017年9月1日至2018年8月31日之间（含）」 */
export function ageWindowInWords(window: AgeWindowRequest): string {
  const range = birthDateRange(window)
  if (!range) return '（未填写完整）'
  const between = `出生日期在${CN_DATE(range.earliest)}至${CN_DATE(range.latest)}之间（含）`
  return windowForm(window) === 'fullYears' ? `${CN_DATE(window.cutOff!)}满${window.fullYears}周岁且未满${window.fullYears! + 1}周岁：${between}` : between
}

const MONTH = /^(\d{4})-(\d{2})$/

export function monthsBetween(from: string, to: string): number | null {
  const a = MONTH.exec(from)
  const b = MONTH.exec(to)
  if (!a || !b) return null
  return (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2])) + 1
}

/** 「2024年2月至2024年6月连续缴纳职工社保，共5个月」 */
export function insuranceInWords(from: string | null, to: string | null): string {
  if (!from && !to) return '不检查社保连续缴纳'
  if (!from || !to) return '（起止月份须同时填写）'
  const months = monthsBetween(from, to)
  if (months == null) return '（月份格式应为 yyyy-MM）'
  if (months < 1) return '（截止月份不能早于起始月份）'
  const cn = (m: string) => { const [y, mm] = m.split('-'); return `${Number(y)}年${Number(mm)}月` }
  return `${cn(from)}至${cn(to)}连续缴纳职工社保（不含居民医保），共${months}个月`
}

/** The checks the form makes before sending (the server repeats them): field → message. */
export function validateSeason(season: SeasonRequest): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!season.year || season.year < 2000 || season.year > 2100) errors.year = '请填写年度（如2025）'
  if (!season.name.trim()) errors.name = '请填写名称'
  if (!/^\d{6}$/.test(season.homeCountyCode)) errors.homeCountyCode = '本县（市、区）代码应为6位数字'
  if (!season.opensAt) errors.opensAt = '请选择开始时间'
  if (!season.closesAt) errors.closesAt = '请选择结束时间'
  if (season.opensAt && season.closesAt && new Date(season.closesAt) <= new Date(season.opensAt)) errors.closesAt = '结束时间应晚于开始时间'
  for (const key of ['primaryEntry', 'juniorMiddleEntry'] as const) {
    const w = season[key]
    if (windowForm(w) === 'fullYears') {
      if (w.fullYears == null || w.fullYears < 3 || w.fullYears > 20) errors[`${key}.fullYears`] = '周岁应在3至20之间'
      if (!w.cutOff) errors[`${key}.cutOff`] = '请选择计算年龄的日期'
    } else {
      if (!w.earliestBirthDate) errors[`${key}.earliestBirthDate`] = '请选择最早出生日期'
      if (!w.latestBirthDate) errors[`${key}.latestBirthDate`] = '请选择最晚出生日期'
      if (w.earliestBirthDate && w.latestBirthDate && w.latestBirthDate < w.earliestBirthDate) errors[`${key}.latestBirthDate`] = '最晚出生日期不能早于最早出生日期'
    }
  }
  const from = season.socialInsuranceFrom
  const to = season.socialInsuranceTo
  if (from && !MONTH.test(from)) errors.socialInsuranceFrom = '月份格式应为 yyyy-MM'
  if (to && !MONTH.test(to)) errors.socialInsuranceTo = '月份格式应为 yyyy-MM'
  if (!!from !== !!to) errors[from ? 'socialInsuranceTo' : 'socialInsuranceFrom'] = '社保起止月份须同时填写'
  if (from && to && MONTH.test(from) && MONTH.test(to) && (monthsBetween(from, to) ?? 0) < 1) errors.socialInsuranceTo = '社保截止月份不能早于起始月份'
  for (const code of season.urbanTownCodes) {
    if (!/^\d{9}(\d{3})?$/.test(code)) { errors.urbanTownCodes = `「${code}」不是9位或12位的乡镇（街道）代码`; break }
  }
  return errors
}

/** Keeps only the fields of the chosen form, as the API expects one form per window. */
export function normalizeWindow(window: AgeWindowRequest, form: WindowForm): AgeWindowRequest {
  return form === 'fullYears'
    ? { fullYears: window.fullYears, cutOff: window.cutOff, earliestBirthDate: null, latestBirthDate: null }
    : { fullYears: null, cutOff: null, earliestBirthDate: window.earliestBirthDate, latestBirthDate: window.latestBirthDate }
}
