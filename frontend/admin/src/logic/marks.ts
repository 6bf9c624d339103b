// 「标记有误」: the reviewer's marks on fields, one reason of the list (+ own words) each, turned into
// the body of POST …/return.
import type { FieldReasonInput } from '../api/types'

export interface Mark { page: string; field: string; label: string; reasonId: string; note: string }

export const markKey = (page: string, field: string) => `${page}.${field}`

export const NOTE_MAX = 200

/** Adds or replaces the mark of one field (a field is named once per return). */
export function upsertMark(marks: Mark[], mark: Mark): Mark[] {
  const key = markKey(mark.page, mark.field)
  const rest = marks.filter((m) => markKey(m.page, m.field) !== key)
  return [...rest, mark]
}

export const removeMark = (marks: Mark[], page: string, field: string): Mark[] =>
  marks.filter((m) => markKey(m.page, m.field) !== markKey(page, field))

/** What stops a return: nothing marked, a mark without a reason, a note too long. */
export function returnProblems(marks: Mark[]): string[] {
  const problems: string[] = []
  if (!marks.length) problems.push('请至少标记一处有误的信息')
  for (const m of marks) {
    if (!m.reasonId) problems.push(`「${m.label}」请选择退回原因`)
    if (m.note.length > NOTE_MAX) problems.push(`「${m.label}」补充说明不能超过${NOTE_MAX}个字`)
  }
  return problems
}

export const toReasons = (marks: Mark[]): FieldReasonInput[] =>
  marks.map((m) => ({ page: m.page, field: m.field, reasonId: m.reasonId, note: m.note.trim() || null }))
