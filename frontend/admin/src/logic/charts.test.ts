import { describe, expect, it } from 'vitest'
import { dayLineOption, fillDays, funnelOption, kindPieOption, schoolBarOption } from './charts'

describe('dashboard charts', () => {
  it('fills the days without submissions with 0', () => {
    expect(fillDays([{ key: '2025-07-03', count: 2 }, { key: '2025-07-01', count: 5 }])).toEqual([
      { key: '2025-07-01', count: 5 }, { key: '2025-07-02', count: 0 }, { key: '2025-07-03', count: 2 },
    ])
    expect(dayLineOption([{ key: '2025-07-01', count: 1 }, { key: '2025-07-02', count: 3 }]).series[0].data).toEqual([1, 3])
  })

  it('draws the funnel widest first with the labels the API gives', () => {
    const option = funnelOption([{ key: 'Accepted', label: '已提交', count: 1 }, { key: 'UnderReview', label: '审核中', count: 4 }])
    expect(option.series[0].data).toEqual([{ name: '审核中', value: 4 }, { name: '已提交', value: 1 }])
  })

  it('orders schools by count', () => {
    const option = schoolBarOption([{ key: 'a', name: '甲校', count: 1 }, { key: 'b', name: '乙校', count: 3 }])
    expect(option.yAxis.data).toEqual(['乙校', '甲校'])
    expect(option.series[0].data).toEqual([3, 1])
  })

  it('names pie slices by label, else name, else key', () => {
    expect(kindPieOption([{ key: 'property', label: '房产', count: 2 }, { key: 'employment', count: 1 }, { key: 'business', count: 0 }]).series[0].data)
      .toEqual([{ name: '房产', value: 2 }, { name: 'employment', value: 1 }])
    const none = kindPieOption([{ key: 'property', label: '房产', count: 0 }])
    expect(none.series[0].data).toEqual([])
    expect(none.title?.text).toBe('暂无填写的佐证材料')
  })
})
