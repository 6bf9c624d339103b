// Types of http.js for the TypeScript front end (h5); the admin SPA imports http.js as JavaScript.
export const CSRF_HEADER: string
export function readCookie(name: string, cookies?: string): string | null
export interface ApiErrorInit {
  status?: number
  title?: string
  detail?: string
  code?: string | null
  fieldErrors?: Record<string, string[]>
}
export class ApiError extends Error {
  constructor(init: ApiErrorInit)
  status: number
  title: string
  detail: string
  code: string | null
  fieldErrors: Record<string, string[]>
}
export function fieldKey(key: string): string
export function toFieldErrors(errors: unknown): Record<string, string[]>
export function send(
  method: string,
  path: string,
  body?: unknown,
  options?: { csrfCookie?: string; offlineMessage?: string; headers?: Record<string, string> },
): Promise<{ response: Response; data: unknown }>
export function problemError(response: Response, data: unknown): ApiError
