import { describe, expect, it } from 'vitest'
import { checkLabel, summarizeHealth } from './health'

describe('system state indicator', () => {
  it('is green when every check is healthy', () => {
    expect(summarizeHealth(200, { status: 'Healthy', checks: { jobs: { status: 'Healthy' } } })).toEqual({ level: 'ok', text: '系统正常', failing: [] })
  })

  it('names the failing checks in Chinese', () => {
    const summary = summarizeHealth(503, { status: 'Unhealthy', checks: { jobs: { status: 'Healthy' }, 'database:review': { status: 'Unhealthy' }, 'database:regions': { status: 'Unhealthy' } } })
    expect(summary).toEqual({ level: 'down', text: '异常：数据库（审核）、数据库（行政区划）', failing: ['数据库（审核）', '数据库（行政区划）'] })
  })

  it('is amber when degraded', () => {
    expect(summarizeHealth(200, { status: 'Degraded', checks: { jobs: { status: 'Degraded' } } }).level).toBe('degraded')
  })

  it('says so when the service does not answer', () => {
    expect(summarizeHealth(0, null)).toEqual({ level: 'down', text: '无法连接服务', failing: [] })
  })

  it('labels unknown checks by their key', () => {
    expect(checkLabel('smtp')).toBe('smtp')
    expect(checkLabel('database:evidence')).toBe('数据库（佐证材料）')
  })
})
