// 数据保留: how a retention report (a dry run, then its execution) reads for the admin.
import type { RetentionReport, RetentionSeason } from '../api/types'
import { formatTime } from './labels'

const STATUS_WORDS: Record<string, string> = { Draft: '填写中', UnderReview: '审核中', Returned: '有误', Accepted: '已提交' }
const ORDER = ['Draft', 'UnderReview', 'Returned', 'Accepted']

export const RETENTION_TAG: Record<string, 'warning' | 'success' | 'info'> = { Planned: 'warning', Executed: 'success', Cancelled: 'info' }

/** 「2024年招生（2024/08/31 23:59 结束）：12 条 — 填写中 3，已提交 9」 */
export function seasonLine(season: RetentionSeason): string {
  const name = season.seasonName ?? '已删除的招生季'
  const closed = season.closesAt ? `（${formatTime(season.closesAt)} 结束）` : ''
  const counts = Object.entries(season.byStatus)
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map(([status, count]) => `${STATUS_WORDS[status] ?? status} ${count}`)
    .join('，')
  return `${name}${closed}：${season.applications} 条 — ${counts}`
}

/** What became of the report, or what will. */
export function reportState(report: RetentionReport): string {
  switch (report.status) {
    case 'Planned':
      return report.listed === 0
        ? '没有到期的报名信息，无需执行'
        : `将匿名化 ${report.listed} 条报名信息；${formatTime(report.executesAfter)} 后由每日任务自动执行，之前可立即执行或取消`
    case 'Executed':
      return `已于 ${formatTime(report.executedAt)} 执行：列出 ${report.listed} 条，匿名化 ${report.anonymized ?? 0} 条`
    default:
      return `已于 ${formatTime(report.cancelledAt)} 取消，未做任何修改`
  }
}

/** Only a planned report that lists something can be executed; any planned one can be cancelled. */
export const canExecute = (report: RetentionReport) => report.status === 'Planned' && report.listed > 0
export const canCancel = (report: RetentionReport) => report.status === 'Planned'
