// Progress of a background import (社保数据导入).
import type { SocialInsuranceImport } from '../api/types'

export const IMPORT_STATE_LABELS: Record<string, string> = { Queued: '排队中', Running: '导入中', Succeeded: '已完成', Completed: '已完成', Failed: '失败' }

export const importFinished = (i: SocialInsuranceImport) => ['Succeeded', 'Completed', 'Failed'].includes(i.status)

export function importPercent(i: SocialInsuranceImport): number {
  if (importFinished(i) && i.status !== 'Failed') return 100
  if (!i.totalRows) return 0
  return Math.min(100, Math.floor(((i.processedRows ?? 0) * 100) / i.totalRows))
}
