import type { StaffRole } from '../api/types'

export interface MenuEntry { name: string; path: string; label: string; roles: StaffRole[]; group?: string }

const ALL: StaffRole[] = ['DistrictAdmin', 'SchoolReviewer', 'Auditor']
const ADMIN: StaffRole[] = ['DistrictAdmin']

/** The menu, in order; each route's `meta.roles` comes from here, so a menu entry and its guard never disagree. */
export const MENU: MenuEntry[] = [
  { name: 'queue', path: '/review', label: '审核工作台', roles: ALL },
  { name: 'dashboard', path: '/dashboard', label: '统计', roles: ['DistrictAdmin', 'Auditor'] },
  { name: 'audit', path: '/audit', label: '审计日志', roles: ['DistrictAdmin', 'Auditor'] },
  { name: 'notifications', path: '/notifications', label: '家长通知', roles: ['DistrictAdmin', 'Auditor'] },
  { name: 'seasons', path: '/config/seasons', label: '招生季', roles: ADMIN, group: '配置' },
  { name: 'schools', path: '/config/schools', label: '学校与班级', roles: ADMIN, group: '配置' },
  { name: 'articles', path: '/config/articles', label: '家长必读', roles: ADMIN, group: '配置' },
  { name: 'agreements', path: '/config/agreements', label: '平台协议', roles: ADMIN, group: '配置' },
  { name: 'return-reasons', path: '/config/return-reasons', label: '退回原因', roles: ADMIN, group: '配置' },
  { name: 'staff', path: '/config/staff', label: '人员管理', roles: ADMIN, group: '配置' },
  { name: 'clients', path: '/config/clients', label: '接口客户端', roles: ADMIN, group: '配置' },
  { name: 'webhooks', path: '/config/webhooks', label: '接口推送', roles: ADMIN, group: '配置' },
  { name: 'retention', path: '/config/retention', label: '数据保留', roles: ADMIN, group: '配置' },
  { name: 'social-insurance', path: '/config/social-insurance', label: '社保数据导入', roles: ADMIN, group: '数据导入' },
  { name: 'regions', path: '/config/regions', label: '行政区划导入', roles: ADMIN, group: '数据导入' },
]

export const menuFor = (role: StaffRole | undefined): MenuEntry[] => (role ? MENU.filter((m) => m.roles.includes(role)) : [])

export function canSee(roles: StaffRole[] | undefined, role: StaffRole | undefined): boolean {
  return !roles || (!!role && roles.includes(role))
}

/** May this role decide (return, accept, bulk-accept)? Auditors only read. */
export const canDecide = (role: StaffRole | undefined) => role === 'DistrictAdmin' || role === 'SchoolReviewer'

/** Groups of consecutive entries for the side menu: ungrouped entries first, then each group. */
export function grouped(entries: MenuEntry[]): { group: string | null; entries: MenuEntry[] }[] {
  const result: { group: string | null; entries: MenuEntry[] }[] = []
  for (const entry of entries) {
    const group = entry.group ?? null
    const last = result.at(-1)
    if (last && last.group === group) last.entries.push(entry)
    else result.push({ group, entries: [entry] })
  }
  return result
}
