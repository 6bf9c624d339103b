import { describe, expect, it } from 'vitest'
import { apiQuery, clearedFilters, emptyFilters, evidenceList, evidenceText, filtersFromQuery, neighbours, queryFromFilters, submittedRange, totalKey, totalShown } from './reviewQuery'

describe('review queue filters in the URL', () => {
  it('reads every filter of the Review API from the route query', () => {
    expect(filtersFromQuery({
      status: 'Returned', school: 's1', kind: 'PrimaryGraduate', q: '李', evidence: 'property,relocation', preCheck: 'Failed',
      submittedFrom: '2024-07-01', submittedTo: '2024-07-31', changedSinceReturn: 'true', sort: 'name', order: 'asc', page: '3', pageSize: '50',
    })).toEqual({
      status: 'Returned', school: 's1', kind: 'PrimaryGraduate', q: '李', evidence: 'property,relocation', preCheck: 'Failed',
      submittedFrom: '2024-07-01', submittedTo: '2024-07-31', changedSinceReturn: 'true', sort: 'name', order: 'asc', page: 3, pageSize: 50,
    })
  })

  it.each([
    [{ page: '0' }, 1], [{ page: '-2' }, 1], [{ page: 'x' }, 1], [{}, 1], [{ page: ['2', '5'] }, 2],
  ])('a page of %j is %i', (query, page) => {
    expect(filtersFromQuery(query as never).page).toBe(page)
  })

  it('keeps only the page sizes the pager offers', () => {
    expect(filtersFromQuery({ pageSize: '7' }).pageSize).toBe(20)
  })

  it('writes only what differs from the defaults, so that a plain list has a plain URL', () => {
    expect(queryFromFilters(emptyFilters())).toEqual({})
    expect(queryFromFilters({ ...emptyFilters(), q: ' 410185 ', page: 2 })).toEqual({ q: '410185', page: '2' })
  })

  it('round-trips', () => {
    const filters = { ...emptyFilters(), status: 'UnderReview', school: 'a', kind: 'KindergartenGraduate', q: '王', preCheck: 'NotChecked', sort: 'submittedAt', page: 4, pageSize: 100 }
    expect(filtersFromQuery(queryFromFilters(filters) as never)).toEqual(filters)
  })

  it('asks the API with its own names, and without paging for the export', () => {
    const filters = { ...emptyFilters(), status: 'UnderReview', q: '王小雨', page: 2 }
    expect(apiQuery(filters)).toBe('status=UnderReview&q=%E7%8E%8B%E5%B0%8F%E9%9B%A8&page=2&pageSize=20')
    expect(apiQuery(filters, { paging: false })).toBe('status=UnderReview&q=%E7%8E%8B%E5%B0%8F%E9%9B%A8')
    const more = { ...emptyFilters(), evidence: 'property,relocation', preCheck: 'Failed', submittedFrom: '2024-07-01', submittedTo: '2024-07-02', changedSinceReturn: 'false', sort: 'name', order: 'asc' }
    expect(apiQuery(more, { paging: false }))
      .toBe('evidence=property%2Crelocation&preCheck=Failed&submittedFrom=2024-07-01&submittedTo=2024-07-02&changedSinceReturn=false&sort=name&order=asc')
  })

  it('turns the evidence pages into a list for the multi-select and back, without repeats', () => {
    expect(evidenceList('property, relocation,,')).toEqual(['property', 'relocation'])
    expect(evidenceList('')).toEqual([])
    expect(evidenceText(['property', 'property', 'employment'])).toBe('property,employment')
  })

  it('gives the date picker a range only when both ends are set', () => {
    expect(submittedRange({ submittedFrom: '2024-07-01', submittedTo: '2024-07-31' })).toEqual(['2024-07-01', '2024-07-31'])
    expect(submittedRange({ submittedFrom: '2024-07-01', submittedTo: '' })).toBeNull()
  })

  it('clears every filter on reset and goes back to page 1', () => {
    const cleared = clearedFilters()
    expect(cleared.page).toBe(1)
    expect(Object.entries(cleared).filter(([k]) => k !== 'page').every(([, v]) => v === '')).toBe(true)
    expect(Object.keys(cleared)).toContain('preCheck')
  })
})

describe('next and previous application', () => {
  it.each([
    [['a', 'b', 'c'], 'b', { previous: 'a', next: 'c' }],
    [['a', 'b', 'c'], 'a', { previous: null, next: 'b' }],
    [['a', 'b', 'c'], 'c', { previous: 'b', next: null }],
    [['a'], 'a', { previous: null, next: null }],
    [['a', 'b'], 'z', { previous: null, next: null }],
  ])('in %j around %s', (ids, id, expected) => {
    expect(neighbours(ids, id)).toEqual(expected)
  })
})

describe('the queue total shown', () => {
  const key = totalKey({ ...emptyFilters(), status: 'UnderReview' })
  const at = new Date('2024-07-15T02:03:04Z')

  it('shows an exact total as it is', () => {
    expect(totalShown({ total: 42, totalExact: true }, null, key)).toEqual({ text: '共 42 条', pagerTotal: 42, canCountExactly: false })
  })

  it('never shows a count that stopped as an exact number, and offers to count', () => {
    expect(totalShown({ total: 10000, totalExact: false }, null, key)).toEqual({ text: '至少 10000 条', pagerTotal: 10000, canCountExactly: true })
  })

  it('carries an exact count asked for to the other pages of the same filter, with its time', () => {
    const carried = { key, total: 200000, countedAt: at }
    expect(totalShown({ total: 10000, totalExact: false }, carried, key)).toEqual({ text: '共 200000 条（10:03:04 统计）', pagerTotal: 200000, canCountExactly: true })
  })

  it('drops it for another filter, or when a page proves it out of date', () => {
    const carried = { key, total: 200000, countedAt: at }
    expect(totalShown({ total: 10000, totalExact: false }, carried, totalKey(emptyFilters())).text).toBe('至少 10000 条')
    expect(totalShown({ total: 200021, totalExact: false }, carried, key).text).toBe('至少 200021 条')
    expect(totalShown({ total: 7, totalExact: true }, carried, key).text).toBe('共 7 条')
  })

  it('keys a total by the filters, not the page', () => {
    expect(totalKey({ ...emptyFilters(), status: 'UnderReview', page: 3, pageSize: 50 })).toBe(key)
  })
})
