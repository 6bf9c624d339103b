// A returned application (有误) carries the reviewer's reasons per field: page + field + reason. The
// page shows each reason on its field; the list shows them all. Fields are matched by the page's own
// field names (the API's camelCase names, "father.residentId" for a parent's).
export interface FieldReturn {
  page: string
  /** A field of the page (`residentId`, `father.mobile`), or `page` for the whole page. */
  field: string
  reason: string
  /** Where, for the list: 「学生基本信息 · 身份证号」. */
  label: string
}

/** The pages as the review names them, to the wizard's names. */
const PAGE_ALIASES: Record<string, string> = {
  '1': 'graduationType', '2': 'student', '3': 'guardians', '4': 'household',
  '5': 'property', '6': 'residence-permit', '7': 'employment', '8': 'business', '9': 'preferential-care', '10': 'relocation', '11': 'long-term-residence',
}

const camel = (s: string) => s.split('.').map((p) => p.charAt(0).toLowerCase() + p.slice(1)).join('.')
const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()

export function pageName(page: unknown): string {
  const text = String(page ?? '')
  return PAGE_ALIASES[text] ?? kebab(camel(text))
}

/** The per-field reasons of an application, whatever list the API names them in. */
export function fieldReturns(application: unknown): FieldReturn[] {
  const a = (application ?? {}) as Record<string, unknown>
  const list = (a.returnedFields ?? a.fieldReturns ?? a.returns ?? (a.review as Record<string, unknown> | undefined)?.fields ?? []) as unknown[]
  if (!Array.isArray(list)) return []
  return list.flatMap((item) => {
    const r = (item ?? {}) as Record<string, unknown>
    // The reason from the list and the reviewer's words; `text` (which repeats the page and the field
    // the page already shows) only when the API sends nothing else.
    const note = typeof r.note === 'string' && r.note ? `（${r.note}）` : ''
    const reason = typeof r.reason === 'string' && r.reason ? `${r.reason}${note}` : typeof r.text === 'string' ? r.text : ''
    if (!r.field || !reason) return []
    const label = [r.pageLabel, r.field === 'page' ? '' : r.fieldLabel].filter((x) => typeof x === 'string' && x).join(' · ')
    return [{ page: pageName(r.page), field: camel(String(r.field)), reason, label }]
  })
}

/** Field → reason for one page of the wizard. */
export function returnsOf(page: string, returns: readonly FieldReturn[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of returns) if (r.page === page) out[r.field] = out[r.field] ? `${out[r.field]}；${r.reason}` : r.reason
  return out
}
