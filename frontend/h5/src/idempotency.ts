/**
 * An `Idempotency-Key` for one thing the parent does (starting an application, 保存提交), kept across its 重试:
 * when an answer is lost on a weak mobile network the retry gets the first answer back instead of a second
 * draft or a second submission (ADR-0027). 32 hex characters from the platform's CSPRNG — not
 * `crypto.randomUUID`, which older WeChat webviews lack.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The request options that carry the key, or none. */
export const withIdempotencyKey = (key?: string) => (key ? { headers: { 'Idempotency-Key': key } } : {})
