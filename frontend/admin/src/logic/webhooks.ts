import type { WebhookDelivery } from '../api/types'
import { formatTime } from './labels'

export const WEBHOOK_EVENT_LABELS: Record<string, string> = {
  'application.accepted': '审核通过',
  'application.returned': '退回（有误）',
  'application.deleted': '家长删除',
}
export const WEBHOOK_STATUS_LABELS: Record<string, string> = { Pending: '等待推送', Sending: '推送中', Succeeded: '已送达', Failed: '推送失败', Cancelled: '已取消' }
export const WEBHOOK_STATUS_TAG: Record<string, 'success' | 'warning' | 'danger' | 'info'> = {
  Pending: 'warning', Sending: 'warning', Succeeded: 'success', Failed: 'danger', Cancelled: 'info',
}

/** What the receiver answered, in a few words: `HTTP 500`, or why no answer came. */
function answer(d: Pick<WebhookDelivery, 'lastStatusCode' | 'lastError'>): string {
  if (d.lastStatusCode != null) return `HTTP ${d.lastStatusCode}`
  return d.lastError ?? '无应答'
}

/** How one delivery went, in the words an admin reads: delivered after how many attempts, waiting for which retry, or given up and why. */
export function deliveryOutcome(
  d: Pick<WebhookDelivery, 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'lastDurationMs' | 'nextAttemptAt' | 'replays'>,
): string {
  const replayed = d.replays > 0 ? `（已重新推送${d.replays}次）` : ''
  switch (d.status) {
    case 'Succeeded': {
      const tries = d.attempts > 1 ? `，第${d.attempts}次尝试` : ''
      const took = d.lastDurationMs != null ? `，${d.lastDurationMs} 毫秒` : ''
      return `已送达（HTTP ${d.lastStatusCode ?? 200}${tries}${took}）${replayed}`
    }
    case 'Pending':
      if (d.attempts === 0) return `等待推送${replayed}`
      return `第${d.attempts}次推送失败（${answer(d)}），${d.nextAttemptAt ? `将于 ${formatTime(d.nextAttemptAt)} 重试` : '等待重试'}`
    case 'Failed':
      return `已尝试${d.attempts}次均失败，最后一次：${answer(d)}`
    case 'Cancelled':
      return `未推送：${d.lastError ?? '推送地址已停用'}`
    default:
      return '推送中'
  }
}

/** A replay is offered unless an attempt is running (the server also refuses a paused or deleted webhook). */
export const canReplay = (d: Pick<WebhookDelivery, 'status'>) => d.status !== 'Sending'

export interface DeliveryFilter { clientId: string; eventType: string; status: string; applicationId: string }

/** The API query of the log for a filter and a page: blank filters left out. */
export function deliveryQuery(filter: DeliveryFilter, page: number, pageSize: number): Record<string, string | number> {
  const query: Record<string, string | number> = {}
  for (const key of ['clientId', 'eventType', 'status', 'applicationId'] as const) {
    const value = filter[key].trim()
    if (value) query[key] = value
  }
  query.page = Math.max(1, Math.floor(page) || 1)
  query.pageSize = pageSize
  return query
}

/** The body as sent, indented for reading; as it is when it is not JSON. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2)
  } catch {
    return payload
  }
}
