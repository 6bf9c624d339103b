// The review queue's filters live in the route's query (`#/review?status=&school=&kind=&q=&evidence=&preCheck=
// &submittedFrom=&submittedTo=&changedSinceReturn=&sort=&order=&page=`), so a reload or a shared link shows the
// same list; the detail (`#/review/{id}?…`) keeps them for its back link and for next/previous. The names are
// the Review API's, so the same text is the API's query string (and the export's).
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

export const PAGE_SIZE = 20
export const FILTER_KEYS = ['status', 'school', 'kind', 'q', 'evidence', 'preCheck', 'submittedFrom', 'submittedTo', 'changedSinceReturn', 'sort', 'order'] as const

export type FilterKey = (typeof FILTER_KEYS)[number]

/** Every filter as the text of its query parameter; `evidence` is comma-separated (`property,relocation`). */
export type QueueFilters = Record<FilterKey, string> & { page: number; pageSize: number }

export const emptyFilters = (): QueueFilters => ({
  status: '', school: '', kind: '', q: '', evidence: '', preCheck: '', submittedFrom: '', submittedTo: '', changedSinceReturn: '', sort: '', order: '',
  page: 1, pageSize: PAGE_SIZE,
})

/** The filters a reset clears: all of them, back to page 1. */
export const clearedFilters = (): Partial<QueueFilters> => {
  const { page: _page, pageSize: _size, ...blank } = emptyFilters()
  return { ...blank, page: 1 }
}

/** The evidence pages of the filter as a list for a multi-select, and back. */
export const evidenceList = (value: string): string[] => value.split(',').map((v) => v.trim()).filter(Boolean)
export const evidenceText = (list: string[]): string => [...new Set(list)].join(',')

/** 提交日期 as a range for the date picker: both ends or none. */
export const submittedRange = (f: Pick<QueueFilters, 'submittedFrom' | 'submittedTo'>): [string, string] | null =>
  f.submittedFrom && f.submittedTo ? [f.submittedFrom, f.submittedTo] : null

const first = (value: unknown): string => {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

export function filtersFromQuery(query: LocationQuery): QueueFilters {
  const filters = emptyFilters()
  for (const key of FILTER_KEYS) filters[key] = first(query[key])
  const page = Number.parseInt(first(query.page), 10)
  filters.page = page >= 1 ? page : 1
  const size = Number.parseInt(first(query.pageSize), 10)
  filters.pageSize = [10, 20, 50, 100].includes(size) ? size : PAGE_SIZE
  return filters
}

/** The route query of the filters: blank filters, page 1 and the default size left out. */
export function queryFromFilters(filters: Partial<QueueFilters>): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of FILTER_KEYS) {
    const value = String(filters[key] ?? '').trim()
    if (value) query[key] = value
  }
  if (filters.page && filters.page > 1) query.page = String(filters.page)
  if (filters.pageSize && filters.pageSize !== PAGE_SIZE) query.pageSize = String(filters.pageSize)
  return query
}

/** The API's query string: the same names as the route, page and pageSize. */
export function apiQuery(filters: QueueFilters, { paging = true } = {}): string {
  const query = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = String(filters[key] ?? '').trim()
    if (value) query.set(key, value)
  }
  if (paging) {
    query.set('page', String(filters.page))
    query.set('pageSize', String(filters.pageSize))
  }
  return query.toString()
}

/** The ids before and after `id` in the list shown, for the keyboard's next/previous. */
export function neighbours(ids: string[], id: string): { previous: string | null; next: string | null } {
  const i = ids.indexOf(id)
  if (i < 0) return { previous: null, next: null }
  return { previous: i > 0 ? ids[i - 1] : null, next: i < ids.length - 1 ? ids[i + 1] : null }
}

/** An exact total the reviewer asked for (统计总数), kept while they page through the same filter. */
export interface CarriedTotal { key: string; total: number; countedAt: Date }

/** What the pager shows of a queue page's total, and the total it pages over. */
export interface TotalShown { text: string; pagerTotal: number; canCountExactly: boolean }

/** The filter a total belongs to: every filter, not the page nor its size. */
export const totalKey = (filters: QueueFilters): string => apiQuery(filters, { paging: false })

const clock = (at: Date): string =>
  at.toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit' })

/**
 * The API counts a large queue only up to a limit (ADR-0046): past it `totalExact` is false and `total` is the least
 * there are. Never shown as an exact number: "至少 N 条" with 统计总数 offered. An exact count the reviewer asked for is
 * carried to the other pages of the same filter, with the time it was counted; a page that proves it out of date
 * (an exact total, or a least number above it) replaces it.
 */
export function totalShown(page: { total: number; totalExact: boolean } | null, carried: CarriedTotal | null, key: string): TotalShown {
  if (!page) return { text: '共 0 条', pagerTotal: 0, canCountExactly: false }
  if (page.totalExact) return { text: `共 ${page.total} 条`, pagerTotal: page.total, canCountExactly: false }
  if (carried && carried.key === key && carried.total >= page.total) {
    return { text: `共 ${carried.total} 条（${clock(carried.countedAt)} 统计）`, pagerTotal: carried.total, canCountExactly: true }
  }
  return { text: `至少 ${page.total} 条`, pagerTotal: page.total, canCountExactly: true }
}
