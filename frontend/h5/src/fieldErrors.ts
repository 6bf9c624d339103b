// Problem details → messages next to their fields (Chinese, from the server); a field's message goes
// as soon as that field changes. What has no field on the page is shown for the page.
import { reactive, watch } from 'vue'
import type { ApiError } from '../../shared/http.js'

export type FieldErrors = Record<string, string>

/** Splits an error into the page's fields (first message each) and a message for the rest. */
export function placeErrors(error: Pick<ApiError, 'fieldErrors' | 'message'>, fields: readonly string[]): { fields: FieldErrors; message: string } {
  const placed: FieldErrors = {}
  const other: string[] = []
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    const name = fields.find((f) => f.toLowerCase() === field.toLowerCase())
    if (name) placed[name] = messages.join('；')
    else other.push(...messages)
  }
  const message = other.length ? other.join('；') : Object.keys(placed).length ? '' : error.message
  return { fields: placed, message }
}

/** A value inside a form by its dotted path ("father.residentId"). */
export function valueAt(form: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), form)
}

/** The fields whose value differs between two snapshots. */
export function changedFields(before: unknown, after: unknown, fields: readonly string[]): string[] {
  return fields.filter((f) => JSON.stringify(valueAt(before, f) ?? '') !== JSON.stringify(valueAt(after, f) ?? ''))
}

/** Reactive field messages for a form: `show(error)` places them, a change of a field clears its own. */
export function useFieldErrors(form: object, fields: readonly string[]) {
  const errors = reactive<FieldErrors>({})
  let snapshot = JSON.parse(JSON.stringify(form))
  watch(() => JSON.stringify(form), (now) => {
    const next = JSON.parse(now)
    for (const f of changedFields(snapshot, next, fields)) delete errors[f]
    snapshot = next
  })
  return {
    errors,
    clear() {
      for (const key of Object.keys(errors)) delete errors[key]
    },
    /** Places the error; answers the message for the page ('' when every message found its field). */
    show(error: Pick<ApiError, 'fieldErrors' | 'message'>): string {
      for (const key of Object.keys(errors)) delete errors[key]
      const { fields: placed, message } = placeErrors(error, fields)
      Object.assign(errors, placed)
      return message
    },
  }
}

/** Whether trying the same request again may succeed: no answer (network), the server's 5xx, or 429. */
export function isRetryable(error: { status?: number }): boolean {
  const status = error.status ?? 0
  return status === 0 || status === 429 || status >= 500
}
