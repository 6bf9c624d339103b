import { describe, expect, it } from 'vitest'
import { canDecide, canSee, grouped, menuFor } from './menu'

describe('menus by role', () => {
  it('gives a 学校审核员 the workbench only', () => {
    expect(menuFor('SchoolReviewer').map((m) => m.label)).toEqual(['审核工作台'])
  })

  it('gives an 审计员 the workbench, the dashboard, the audit trail and the notifications, and no configuration', () => {
    expect(menuFor('Auditor').map((m) => m.label)).toEqual(['审核工作台', '统计', '审计日志', '家长通知'])
  })

  it('gives the 教育局管理员 every screen, configuration grouped', () => {
    const menu = grouped(menuFor('DistrictAdmin'))
    expect(menu.map((g) => g.group)).toEqual([null, '配置', '数据导入'])
    expect(menu[1].entries.map((m) => m.label)).toEqual(['招生季', '学校与班级', '家长必读', '平台协议', '退回原因', '人员管理', '接口客户端', '接口推送', '数据保留'])
  })

  it('guards a route as its menu entry', () => {
    expect(canSee(['DistrictAdmin'], 'SchoolReviewer')).toBe(false)
    expect(canSee(['DistrictAdmin'], undefined)).toBe(false)
    expect(canSee(undefined, undefined)).toBe(true)
  })

  it('lets reviewers and admins decide, never auditors', () => {
    expect([canDecide('SchoolReviewer'), canDecide('DistrictAdmin'), canDecide('Auditor')]).toEqual([true, true, false])
  })
})
