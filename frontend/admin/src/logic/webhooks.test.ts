import { describe, expect, it } from 'vitest'
import { canReplay, deliveryOutcome, deliveryQuery, prettyPayload } from './webhooks'

const base = { attempts: 1, lastStatusCode: null, lastError: null, lastDurationMs: null, nextAttemptAt: null, replays: 0 }

describe('a webhook delivery in words', () => {
  it('says it was delivered, with the attempt and the time it took when it was retried', () => {
    expect(deliveryOutcome({ ...base, status: 'Succeeded', lastStatusCode: 200, lastDurationMs: 35 })).toBe('已送达（HTTP 200，35 毫秒）')
    expect(deliveryOutcome({ ...base, status: 'Succeeded', attempts: 2, lastStatusCode: 204, lastDurationMs: 12, replays: 1 })).toBe('已送达（HTTP 204，第2次尝试，12 毫秒）（已重新推送1次）')
  })

  it('names what the receiver answered and when the retry comes', () => {
    expect(deliveryOutcome({ ...base, status: 'Pending', lastStatusCode: 500, lastError: 'HTTP 500 Internal Server Error', nextAttemptAt: '2024-07-15T02:00:10Z' }))
      .toBe('第1次推送失败（HTTP 500），将于 2024/07/15 10:00 重试')
    expect(deliveryOutcome({ ...base, status: 'Pending', attempts: 3, lastError: '超时：10 秒内未应答' })).toBe('第3次推送失败（超时：10 秒内未应答），等待重试')
    expect(deliveryOutcome({ ...base, status: 'Pending', attempts: 0 })).toBe('等待推送')
  })

  it('tells a delivery given up from one cancelled, and one being sent', () => {
    expect(deliveryOutcome({ ...base, status: 'Failed', attempts: 10, lastError: '连接失败：Connection refused' })).toBe('已尝试10次均失败，最后一次：连接失败：Connection refused')
    expect(deliveryOutcome({ ...base, status: 'Cancelled', lastError: '接口客户端已吊销' })).toBe('未推送：接口客户端已吊销')
    expect(deliveryOutcome({ ...base, status: 'Sending' })).toBe('推送中')
  })

  it('offers a replay unless an attempt is running', () => {
    expect(['Succeeded', 'Failed', 'Cancelled', 'Pending', 'Sending'].map((status) => canReplay({ status }))).toEqual([true, true, true, true, false])
  })
})

describe('the log query', () => {
  it('leaves blank filters out and keeps the page in range', () => {
    expect(deliveryQuery({ clientId: ' cli_1 ', eventType: '', status: 'Failed', applicationId: '' }, 2, 50)).toEqual({ clientId: 'cli_1', status: 'Failed', page: 2, pageSize: 50 })
    expect(deliveryQuery({ clientId: '', eventType: 'application.deleted', status: '', applicationId: '' }, 0, 20)).toEqual({ eventType: 'application.deleted', page: 1, pageSize: 20 })
  })

  it('indents a JSON body and shows anything else as it is', () => {
    expect(prettyPayload('{"id":"e1","data":{"status":"Accepted"}}')).toBe('{\n  "id": "e1",\n  "data": {\n    "status": "Accepted"\n  }\n}')
    expect(prettyPayload('not json')).toBe('not json')
  })
})
