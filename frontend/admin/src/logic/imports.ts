// Progress of a background import (社保数据导入), and the imports this browser started (the API has no
// list of them: each is followed by its id).
import type { SocialInsuranceImport } from '../api/types'

export const IMPORT_STATE_LABELS: Record<string, string> = { Queued: '排队中', Running: '导入中', Completed: '已完成', Failed: '失败' }

export const importFinished = (i: Pick<SocialInsuranceImport, 'status'>) => ['Completed', 'Failed'].includes(i.status)

/** What the import did, in words: 「已读取 4 行：导入 3 行（新增 3 条），未导入 1 行」. */
export function importSummary(i: Pick<SocialInsuranceImport, 'status' | 'rowsRead' | 'accepted' | 'newRecords' | 'refused'>): string {
  if (i.status === 'Queued') return '排队中，等待后台读取'
  const counts = `导入 ${i.accepted} 行（新增 ${i.newRecords} 条），未导入 ${i.refused} 行`
  return `${i.status === 'Running' ? '正在读取，' : ''}已读取 ${i.rowsRead} 行：${counts}`
}

const KEY = 'enrollment.admin.social-insurance-imports'
const MAX_KEPT = 20

/** The ids of the imports started in this browser, newest first. */
export function rememberedImports(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): string[] {
  try {
    const ids = JSON.parse(storage?.getItem(KEY) ?? '[]')
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

/** Keeps `id` first (once), at most 20. */
export function rememberImport(id: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null): string[] {
  const ids = [id, ...rememberedImports(storage).filter((x) => x !== id)].slice(0, MAX_KEPT)
  try { storage?.setItem(KEY, JSON.stringify(ids)) } catch { /* storage full or off: the list is only a convenience */ }
  return ids
}
