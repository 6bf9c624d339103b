// The one module through which the admin SPA sends requests. ./endpoints.ts calls the client generated
// from the OpenAPI document (frontend/shared/src/api) through `call`; `request` remains for endpoints the
// committed client does not have yet, `upload` for multipart imports and `download` for the export.
//
// Sign-in: POST /api/v1/auth/staff/login sets the staff session cookie (HttpOnly) and the readable
// `enrollment.staff.csrf`, whose token every state-changing request repeats in X-CSRF-Token (ADR-0010).
// A 401 means the session ended: the router shows the sign-in screen again.
import * as shared from '../../../shared/http.js'

const { ApiError, CSRF_HEADER, problemError, readCookie } = shared
// shared/http.js is plain JavaScript; its options object is typed here.
const send = shared.send as unknown as (method: string, path: string, body: unknown, options: {
  csrfCookie: string; offlineMessage: string; headers?: Record<string, string>
}) => Promise<{ response: Response; data: unknown }>

export const CSRF_COOKIE = 'enrollment.staff.csrf'
export { ApiError }

export interface ApiFailure extends Error {
  status: number
  title: string
  detail: string
  code: string | null
  fieldErrors: Record<string, string[]>
  extensions?: Record<string, unknown>
}

import { configureApiClient } from '../../../shared/src/apiClient'

// The generated client: same-origin cookies and the staff CSRF token on state-changing requests.
configureApiClient({ csrfCookie: CSRF_COOKIE })

let onSignedOut: () => void = () => {}
/** Set by the app: what to do when the session has ended (a 401 on an ordinary request). */
export function whenSignedOut(handler: () => void) {
  onSignedOut = handler
}

export interface RequestOptions {
  signedOutOn401?: boolean
  headers?: Record<string, string>
}

export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const { signedOutOn401 = true, headers } = options
  const { response, data } = await send(method, path, body, {
    csrfCookie: CSRF_COOKIE,
    offlineMessage: '无法连接服务，请检查网络后重试',
    headers,
  })
  if (!response.ok) {
    if (response.status === 401 && signedOutOn401) onSignedOut()
    const error = problemError(response, data) as ApiFailure
    error.extensions = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
    throw error
  }
  return data as T
}

function failure(response: Response, data: unknown): ApiFailure {
  const error = problemError(response, data) as ApiFailure
  error.extensions = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  return error
}

/**
 * The data of a call of the generated client, or an ApiFailure (problem details with their extensions,
 * e.g. an import's `rows`); a 401 ends the session unless `signedOutOn401` is false.
 */
export async function call<T>(
  pending: Promise<{ data?: unknown; error?: unknown; response?: Response }>,
  { signedOutOn401 = true }: { signedOutOn401?: boolean } = {},
): Promise<T> {
  let result: { data?: unknown; error?: unknown; response?: Response }
  try {
    result = await pending
  } catch {
    result = {}
  }
  const { response } = result
  if (!response) throw new ApiError({ title: '无法连接服务，请检查网络后重试' })
  if (!response.ok) {
    if (response.status === 401 && signedOutOn401) onSignedOut()
    throw failure(response, result.error)
  }
  return (response.status === 204 ? null : result.data) as T
}

/** A multipart upload (imports): the CSRF header, no JSON body; problem details as for `request`. */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  const token = readCookie(CSRF_COOKIE)
  if (token) headers[CSRF_HEADER] = token
  let response: Response
  try {
    response = await fetch(path, { method: 'POST', body: form, headers, credentials: 'same-origin' })
  } catch {
    throw new ApiError({ title: '无法连接服务，请检查网络后重试' })
  }
  const text = await response.text()
  let data: unknown = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = text
  }
  if (!response.ok) {
    if (response.status === 401) onSignedOut()
    const error = problemError(response, data) as ApiFailure
    error.extensions = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
    throw error
  }
  return data as T
}

/** Downloads a file answer (the export) and saves it under the server's file name. */
export async function download(path: string, fallbackName: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(path, { credentials: 'same-origin' })
  } catch {
    throw new ApiError({ title: '无法连接服务，请检查网络后重试' })
  }
  if (!response.ok) {
    const text = await response.text()
    let data: unknown = null
    try { data = text ? JSON.parse(text) : null } catch { data = text }
    if (response.status === 401) onSignedOut()
    throw problemError(response, data)
  }
  const name = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return name
}

/** The file name of a Content-Disposition header (RFC 6266: filename* first). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition)
  if (star) {
    try { return decodeURIComponent(star[1].trim().replace(/^"|"$/g, '')) } catch { /* fall through */ }
  }
  const plain = /filename\s*=\s*("?)([^";]+)\1/i.exec(disposition)
  return plain ? plain[2].trim() : null
}
