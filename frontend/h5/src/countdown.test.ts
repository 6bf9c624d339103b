import { describe, expect, it } from 'vitest'
import { agreementButtonLabel, secondsLeft, sendCodeLabel } from './countdown'
import { remainingSeconds } from './agreement'

describe('countdowns', () => {
  it('count whole seconds down to zero, never below', () => {
    expect(secondsLeft(60_000, 0)).toBe(60)
    expect(secondsLeft(60_000, 59_001)).toBe(1)
    expect(secondsLeft(60_000, 60_000)).toBe(0)
    expect(secondsLeft(60_000, 90_000)).toBe(0)
  })

  it('the SMS button waits, then offers to send again', () => {
    expect(sendCodeLabel(0, false)).toBe('获取验证码')
    expect(sendCodeLabel(42, true)).toBe('42秒后重新发送')
    expect(sendCodeLabel(0, true)).toBe('重新发送')
  })

  it('平台协议: 30 s from the first showing, then 「我已阅读并继续」', () => {
    const shownAt = '2024-05-01T08:00:00Z'
    const t0 = Date.parse(shownAt)
    const agreement = { minimumReadingSeconds: 30, shownAt, receivedAt: t0 }
    expect(agreementButtonLabel(remainingSeconds(agreement, t0, t0))).toBe('请阅读协议（30秒）')
    expect(agreementButtonLabel(remainingSeconds(agreement, t0 + 12_500, t0))).toBe('请阅读协议（18秒）')
    expect(agreementButtonLabel(remainingSeconds(agreement, t0 + 30_000, t0))).toBe('我已阅读并继续')
    // A reload 20 s after the first showing does not start again from 30.
    const reloaded = { ...agreement, receivedAt: t0 + 20_000 }
    expect(remainingSeconds(reloaded, t0 + 20_000, t0 + 20_000)).toBe(10)
  })
})
