import { describe, expect, it } from 'vitest'
import { remainingSeconds, secondsInMessage } from './agreement'

const shownAt = Date.parse('2026-11-28T10:00:00Z')
const agreement = (receivedAt, extra = {}) => ({ minimumReadingSeconds: 30, shownAt: new Date(shownAt).toISOString(), receivedAt, ...extra })

describe('remainingSeconds', () => {
  it('counts from the first showing, across a reload', () => {
    const received = shownAt + 20_000
    expect(remainingSeconds(agreement(received), received, received)).toBe(10)
    expect(remainingSeconds(agreement(received), received + 9_500, received)).toBe(1)
    expect(remainingSeconds(agreement(received), received + 10_000, received)).toBe(0)
  })

  it('never waits longer than the page has been open when the client clock is behind', () => {
    const received = shownAt - 60_000
    expect(remainingSeconds(agreement(received), received, received)).toBe(30)
    expect(remainingSeconds(agreement(received), received + 30_000, received)).toBe(0)
  })

  it('waits what the server asked for after agreement.too-early', () => {
    const received = shownAt + 40_000
    expect(remainingSeconds(agreement(received), received, received)).toBe(0)
    expect(remainingSeconds(agreement(received), received, received, received + 5_000)).toBe(5)
  })

  it('reads the seconds of the server message', () => {
    expect(secondsInMessage('请仔细阅读平台协议，12秒后可同意')).toBe(12)
    expect(secondsInMessage('请先阅读平台协议')).toBe(0)
  })
})
