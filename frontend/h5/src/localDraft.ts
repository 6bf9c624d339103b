// Never lose input: every wizard page keeps an unsaved copy of its form in localStorage until the
// server has it. A reload, a closed tab or a sign-in that went through WeChat comes back to the page
// with what was typed; a successful save drops the copy.
import { ref, watch } from 'vue'

const PREFIX = 'enrollment.h5.unsaved.'

export function draftKey(applicationId: string, page: string): string {
  return `${PREFIX}${applicationId}.${page}`
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

export function keepLocal(key: string, value: unknown, storage = store()): void {
  try {
    storage?.setItem(key, JSON.stringify({ savedAt: Date.now(), value }))
  } catch {
    // Storage full or disabled: the page still works, only without the local copy.
  }
}

export function readLocal<T>(key: string, storage = store()): T | null {
  try {
    const raw = storage?.getItem(key)
    return raw ? (JSON.parse(raw).value as T) : null
  } catch {
    return null
  }
}

export function dropLocal(key: string, storage = store()): void {
  storage?.removeItem(key)
}

/** Copies `saved` over `target` for the keys `target` has (nested objects merged), so old copies cannot add fields. */
export function mergeInto(target: Record<string, unknown>, saved: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(saved ?? {})) {
    if (!(key in target)) continue
    const current = target[key]
    if (current && typeof current === 'object' && !Array.isArray(current) && value && typeof value === 'object') {
      mergeInto(current as Record<string, unknown>, value as Record<string, unknown>)
    } else {
      target[key] = value
    }
  }
}

/**
 * Keeps `form` locally under `key`. Call `restore()` after the server's values are in the form: an
 * unsaved copy then wins (and `restored` turns true); from then on every change is kept. `saved()`
 * after the server accepted the page.
 */
export function useLocalDraft(key: () => string, form: Record<string, unknown>) {
  const restored = ref(false)
  let active = false
  watch(() => JSON.stringify(form), () => {
    if (active) keepLocal(key(), form)
  })
  return {
    restored,
    restore(): boolean {
      const saved = readLocal<Record<string, unknown>>(key())
      if (saved) mergeInto(form, saved)
      restored.value = !!saved
      active = true
      return !!saved
    },
    saved(): void {
      dropLocal(key())
      restored.value = false
    },
    /** The copy moves to another key (the application got its id on the first save of page 2). */
    move(from: string, to: string): void {
      const value = readLocal(from)
      dropLocal(from)
      if (value) keepLocal(to, value)
    },
  }
}
