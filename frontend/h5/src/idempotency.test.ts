import { describe, expect, it } from 'vitest'
import { newIdempotencyKey, withIdempotencyKey } from './idempotency'

describe('Idempotency-Key', () => {
  it('is 32 hex characters, within what the API accepts (printable ASCII, at most 100), and new each time', () => {
    const keys = Array.from({ length: 200 }, newIdempotencyKey)
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('goes into the request headers only when there is one', () => {
    expect(withIdempotencyKey('abc')).toEqual({ headers: { 'Idempotency-Key': 'abc' } })
    expect(withIdempotencyKey()).toEqual({})
  })
})
