// ECharts options of the dashboard, from GET /api/v1/review/statistics.
import type { CountItem } from '../api/types'

const name = (c: CountItem) => c.label ?? c.name ?? c.key

const STATUS_ORDER = ['Submitted', 'UnderReview', 'Returned', 'Accepted']

/** Status funnel: widest first (the API's order if it has no known keys). */
export function funnelOption(byStatus: CountItem[]) {
  const sorted = [...byStatus].sort((a, b) => b.count - a.count || STATUS_ORDER.indexOf(a.key) - STATUS_ORDER.indexOf(b.key))
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    series: [{
      type: 'funnel', left: '10%', width: '80%', minSize: '20%', sort: 'descending', gap: 2,
      label: { show: true, position: 'inside', formatter: '{b} {c}' },
      data: sorted.map((c) => ({ name: name(c), value: c.count })),
    }],
  }
}

export function schoolBarOption(bySchool: CountItem[]) {
  const items = [...bySchool].sort((a, b) => b.count - a.count)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: items.map(name), axisLabel: { width: 160, overflow: 'truncate' } },
    series: [{ type: 'bar', data: items.map((c) => c.count), label: { show: true, position: 'right' }, barMaxWidth: 24 }],
  }
}

/** Per day, with missing days filled with 0 so that the line does not skip them. */
export function dayLineOption(byDay: CountItem[]) {
  const days = fillDays(byDay)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days.map((d) => d.key), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', data: days.map((d) => d.count), smooth: false, areaStyle: { opacity: 0.15 }, symbolSize: 6 }],
  }
}

/** Evidence kinds with at least one page; none at all draws no wedges (equal slices of 0 would read as a share) but says so. */
export function kindPieOption(byKind: CountItem[]) {
  const data = byKind.filter((c) => Number(c.count) > 0).map((c) => ({ name: name(c), value: c.count }))
  return {
    title: data.length ? undefined : { text: '暂无填写的佐证材料', left: 'center', top: 'middle', textStyle: { color: '#86909c', fontSize: 14, fontWeight: 'normal' } },
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], label: { formatter: '{b}\n{c}' }, data }],
  }
}

export function fillDays(byDay: CountItem[]): CountItem[] {
  const known = byDay.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d.key)).map((d) => ({ ...d, key: d.key.slice(0, 10) })).sort((a, b) => a.key.localeCompare(b.key))
  if (known.length < 2) return known
  const result: CountItem[] = []
  const byKey = new Map(known.map((d) => [d.key, d.count]))
  for (let day = new Date(`${known[0].key}T00:00:00Z`); day.toISOString().slice(0, 10) <= known.at(-1)!.key; day.setUTCDate(day.getUTCDate() + 1)) {
    const key = day.toISOString().slice(0, 10)
    result.push({ key, count: byKey.get(key) ?? 0 })
  }
  return result
}
