import { describe, expect, it } from 'vitest'
import { apiQuery, emptyFilters, filtersFromQuery, neighbours, queryFromFilters } from './reviewQuery'

describe('review queue filters in the URL', () => {
  it('reads every filter of the Review API from the route query', () => {
    expect(filtersFromQuery({ status: 'Returned', school: 's1', kind: 'PrimaryGraduate', q: '李', page: '3', pageSize: '50' }))
      .toEqual({ status: 'Returned', school: 's1', kind: 'PrimaryGraduate', q: '李', page: 3, pageSize: 50 })
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
    const filters = { status: 'UnderReview', school: 'a', kind: 'KindergartenGraduate', q: '王', page: 4, pageSize: 100 }
    expect(filtersFromQuery(queryFromFilters(filters) as never)).toEqual(filters)
  })

  it('asks the API with its own names, and without paging for the export', () => {
    const filters = { ...emptyFilters(), status: 'UnderReview', q: '王小雨', page: 2 }
    expect(apiQuery(filters)).toBe('status=UnderReview&q=%E7%8E%8B%E5%B0%8F%E9%9B%A8&page=2&pageSize=20')
    expect(apiQuery(filters, { paging: false })).toBe('status=UnderReview&q=%E7%8E%8B%E5%B0%8F%E9%9B%A8')
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
