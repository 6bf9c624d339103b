import type { NotificationLine } from '../api/types'

export const NOTIFICATION_KIND_LABELS: Record<string, string> = { Returned: '退回（有误）', Accepted: '审核通过', DraftReminder: '未提交提醒' }
export const NOTIFICATION_STATUS_LABELS: Record<string, string> = { Pending: '等待发送', Sending: '发送中', Sent: '已发送', Skipped: '无需发送', Failed: '发送失败' }
export const NOTIFICATION_STATUS_TAG: Record<string, 'success' | 'warning' | 'danger' | 'info'> = { Pending: 'warning', Sending: 'warning', Sent: 'success', Skipped: 'info', Failed: 'danger' }
export const CHANNEL_LABELS: Record<string, string> = { WeChat: '微信', Sms: '短信', None: '未送达' }

/** What happened to one message, in the words an admin reads: the channel, and why WeChat was not used or why it failed. */
export function notificationOutcome(n: Pick<NotificationLine, 'status' | 'channel' | 'lastError' | 'attempts'>): string {
  const tries = n.attempts > 1 ? `（第${n.attempts}次尝试）` : ''
  switch (n.status) {
    case 'Sent':
      if (n.channel === 'WeChat') return `微信消息已送达${tries}`
      if (n.channel === 'Sms') return `微信拒收（${n.lastError ?? '未说明'}），已改发短信${tries}`
      return `微信拒收且未绑定手机，无法送达（${n.lastError ?? '未说明'}）`
    case 'Skipped':
      return `无需发送：${n.lastError ?? ''}`
    case 'Failed':
      return `已尝试${n.attempts}次均失败：${n.lastError ?? ''}`
    case 'Pending':
      return n.attempts > 0 ? `第${n.attempts}次发送失败，等待重试：${n.lastError ?? ''}` : '等待发送'
    default:
      return '发送中'
  }
}
