// /health/ready as a small indicator: green when every check is Healthy, amber when degraded, red otherwise.
export type HealthLevel = 'ok' | 'degraded' | 'down' | 'unknown'
export interface HealthSummary { level: HealthLevel; text: string; failing: string[] }

const MODULES: Record<string, string> = { identity: '账号', regions: '行政区划', registration: '信息采集', evidence: '佐证材料', review: '审核' }
/** `jobs` → 后台任务, `database:review` → 数据库（审核）. */
export function checkLabel(key: string): string {
  if (key === 'jobs') return '后台任务'
  const m = /^database:(.+)$/.exec(key)
  return m ? `数据库（${MODULES[m[1]] ?? m[1]}）` : key
}
const label = checkLabel

export function summarizeHealth(httpStatus: number, body: unknown): HealthSummary {
  const report = body && typeof body === 'object' ? (body as { status?: string; checks?: Record<string, { status?: string }> }) : null
  const failing = Object.entries(report?.checks ?? {}).filter(([, c]) => c?.status !== 'Healthy').map(([k]) => label(k))
  const status = report?.status ?? (httpStatus === 200 ? 'Healthy' : 'Unhealthy')
  if (status === 'Healthy' && httpStatus < 400) return { level: 'ok', text: '系统正常', failing: [] }
  if (status === 'Degraded') return { level: 'degraded', text: '部分功能降级', failing }
  if (httpStatus === 0) return { level: 'down', text: '无法连接服务', failing: [] }
  return { level: 'down', text: failing.length ? `异常：${failing.join('、')}` : '系统异常', failing }
}
