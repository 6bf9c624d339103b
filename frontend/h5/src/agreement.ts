/**
 * Seconds the parent must still read before 「我已阅读并继续」 is enabled.
 *
 * The server counts from `shownAt`, the first time it showed this version to the account (a reload does
 * not restart it). It is compared with the client time the answer arrived, which is another clock; the
 * time this page has been open on the client is a floor, so a client clock behind the server's never
 * makes the wait longer than the page's own count. A client clock ahead of the server's can enable the
 * button early; the server then answers `agreement.too-early` and the page waits the rest (`holdUntil`).
 */
export interface AgreementTiming { minimumReadingSeconds?: number | string; shownAt?: string | null; receivedAt?: number }

export function remainingSeconds(agreement: AgreementTiming | null, now: number, openedAt: number, holdUntil = 0): number {
  const minimum = Number(agreement?.minimumReadingSeconds ?? 30)
  const shownAt = Date.parse(agreement?.shownAt ?? '')
  const receivedAt = agreement?.receivedAt ?? openedAt
  const sinceShown = Number.isFinite(shownAt) ? (receivedAt - shownAt) + (now - receivedAt) : 0
  const elapsed = Math.max(sinceShown, now - openedAt, 0) / 1000
  const held = Math.max(0, (holdUntil - now) / 1000)
  return Math.max(0, Math.ceil(Math.max(minimum - elapsed, held) - 1e-9))
}

/** 「请仔细阅读平台协议，12秒后可同意」 → 12. */
export function secondsInMessage(message: unknown): number {
  const match = /(\d+)\s*秒/.exec(String(message ?? ''))
  return match ? Number(match[1]) : 0
}
