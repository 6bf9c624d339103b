import { describe, expect, it } from 'vitest'
import type { RetentionReport } from '../api/types'
import { canCancel, canExecute, reportState, seasonLine } from './retention'

const report = (over: Partial<RetentionReport>): RetentionReport => ({
  id: 'r1', plannedAt: '2026-09-01T00:00:00Z', plannedBy: 'admin', daysAfterSeasonCloses: 365, executesAfter: '2026-09-08T00:00:00Z',
  status: 'Planned', statusText: '待执行', listed: 12, anonymized: null, executedAt: null, cancelledAt: null, seasons: [], ...over,
})

describe('数据保留 reports', () => {
  it('names a season, when it closed and its applications by status in the order of the wizard', () => {
    expect(seasonLine({ seasonId: 's', seasonName: '登封市2024年招生', closesAt: '2024-08-31T15:59:59Z', applications: 12, byStatus: { Accepted: 9, Draft: 3 } }))
      .toBe('登封市2024年招生（2024/08/31 23:59 结束）：12 条 — 填写中 3，已提交 9')
    expect(seasonLine({ seasonId: 's', seasonName: null, closesAt: null, applications: 1, byStatus: { Returned: 1 } })).toBe('已删除的招生季：1 条 — 有误 1')
  })

  it('says what a planned, executed and cancelled report did or will do', () => {
    expect(reportState(report({}))).toBe('将匿名化 12 条报名信息；2026/09/08 08:00 后由每日任务自动执行，之前可立即执行或取消')
    expect(reportState(report({ listed: 0 }))).toBe('没有到期的报名信息，无需执行')
    expect(reportState(report({ status: 'Executed', anonymized: 11, executedAt: '2026-09-02T01:00:00Z' }))).toBe('已于 2026/09/02 09:00 执行：列出 12 条，匿名化 11 条')
    expect(reportState(report({ status: 'Cancelled', cancelledAt: '2026-09-02T01:00:00Z' }))).toBe('已于 2026/09/02 09:00 取消，未做任何修改')
  })

  it('executes only a planned report that lists something, and cancels any planned one', () => {
    expect([canExecute(report({})), canExecute(report({ listed: 0 })), canExecute(report({ status: 'Executed' }))]).toEqual([true, false, false])
    expect([canCancel(report({ listed: 0 })), canCancel(report({ status: 'Cancelled' }))]).toEqual([true, false])
  })
})
