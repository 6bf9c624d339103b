// The 审核队列's place in the URL hash, so that a refresh or a shared link keeps the filters, the page
// and the open application: `#/review?status=&school=&kind=&q=&page=` and `#/review/{id}?<same filters>`
// (the detail carries the filters only so that its back link returns to the same list).
const FILTERS = ['status', 'school', 'kind', 'q']

export const emptyFilters = () => ({ status: '', school: '', kind: '', q: '', page: 1 })

export function parseReviewHash(hash) {
  const [path, search = ''] = String(hash ?? '').replace(/^#/, '').split('?')
  const query = new URLSearchParams(search)
  const filters = emptyFilters()
  for (const key of FILTERS) filters[key] = query.get(key) ?? ''
  const page = Number.parseInt(query.get('page') ?? '', 10)
  filters.page = page >= 1 ? page : 1
  const match = /^\/review\/([^/]+)$/.exec(path)
  return { id: match ? decodeURIComponent(match[1]) : null, filters }
}

export function reviewHash(filters, id = null) {
  const query = new URLSearchParams()
  for (const key of FILTERS) if (filters[key]) query.set(key, filters[key])
  if (filters.page > 1) query.set('page', String(filters.page))
  const search = query.toString()
  return `#/review${id ? `/${encodeURIComponent(id)}` : ''}${search ? `?${search}` : ''}`
}
