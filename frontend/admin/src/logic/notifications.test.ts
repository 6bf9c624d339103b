import { describe, expect, it } from 'vitest'
import { notificationOutcome } from './notifications'

describe('a notification outcome in words', () => {
  it('says WeChat delivered it, with the attempt when it was retried', () => {
    expect(notificationOutcome({ status: 'Sent', channel: 'WeChat', lastError: null, attempts: 1 })).toBe('微信消息已送达')
    expect(notificationOutcome({ status: 'Sent', channel: 'WeChat', lastError: null, attempts: 2 })).toBe('微信消息已送达（第2次尝试）')
  })

  it('names the WeChat refusal when it went by SMS, and says when nobody could be reached', () => {
    expect(notificationOutcome({ status: 'Sent', channel: 'Sms', lastError: '43004 require subscribe', attempts: 1 })).toBe('微信拒收（43004 require subscribe），已改发短信')
    expect(notificationOutcome({ status: 'Sent', channel: 'None', lastError: 'no openid; no phone bound', attempts: 1 })).toContain('未绑定手机')
  })

  it('tells a retry to come from a failure given up', () => {
    expect(notificationOutcome({ status: 'Pending', channel: null, lastError: 'WeChatException: WeChat error -1: system error', attempts: 1 })).toBe('第1次发送失败，等待重试：WeChatException: WeChat error -1: system error')
    expect(notificationOutcome({ status: 'Pending', channel: null, lastError: null, attempts: 0 })).toBe('等待发送')
    expect(notificationOutcome({ status: 'Failed', channel: null, lastError: 'timeout', attempts: 6 })).toBe('已尝试6次均失败：timeout')
    expect(notificationOutcome({ status: 'Skipped', channel: null, lastError: '已提交，无需提醒', attempts: 1 })).toBe('无需发送：已提交，无需提醒')
  })
})
