// How both front ends use the generated client (./api, from the host's OpenAPI document):
// same-origin cookies, the CSRF double submit on state-changing requests (ADR-0010), and every
// failure as one ApiError (problem details → `fieldErrors` with camelCase field names).
//
//   configureApiClient({ csrfCookie: 'enrollment.parent.csrf', onError: (e) => … })
//   const me = await unwrap(getMe())
import { client } from './api/client.gen'
import { ApiError, CSRF_HEADER, problemError, readCookie } from '../http.js'

export { ApiError }
export const OFFLINE_MESSAGE = '网络异常，请检查网络后重试'

export interface ApiClientOptions {
  /** The readable cookie holding this sign-in's CSRF token. */
  csrfCookie: string
  /** Called with every failure before it is thrown (401 → sign in again, 403 agreement → 平台协议…). */
  onError?: (error: ApiError) => void
}

let onError: ApiClientOptions['onError']
let csrfCookie = ''
let configured = false

export function configureApiClient(options: ApiClientOptions): void {
  onError = options.onError
  csrfCookie = options.csrfCookie
  client.setConfig({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin' })
  if (configured) return
  configured = true
  client.interceptors.request.use((request) => {
    if (!['GET', 'HEAD'].includes(request.method.toUpperCase())) {
      const token = readCookie(csrfCookie)
      if (token) request.headers.set(CSRF_HEADER, token)
    }
    return request
  })
}

interface Result<T> {
  data?: T
  error?: unknown
  response?: Response
}

/**
 * The data of a generated call, or an ApiError: a network failure (no response) has status 0 and
 * the offline message; an answer that is not 2xx becomes the ApiError of its problem details.
 * `quiet`: the app's onError is not told (a call whose failure must not sign in again or redirect).
 */
export async function unwrap<T>(pending: Promise<Result<T>>, options: { quiet?: boolean } = {}): Promise<T> {
  let result: Result<T>
  try {
    result = await pending
  } catch {
    result = {}
  }
  const { response } = result
  let error: ApiError | null = null
  if (!response) error = new ApiError({ title: OFFLINE_MESSAGE })
  else if (!response.ok) error = problemError(response, result.error)
  if (error) {
    if (!options.quiet) onError?.(error)
    throw error
  }
  return result.data as T
}
