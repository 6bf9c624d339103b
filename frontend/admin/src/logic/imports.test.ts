import { describe, expect, it } from 'vitest'
import { importFinished, importSummary, rememberImport, rememberedImports } from './imports'

const counts = { rowsRead: 4, accepted: 3, newRecords: 2, refused: 1 }

describe('社保数据导入 progress', () => {
  it.each([
    ['Queued', '排队中，等待后台读取', false],
    ['Running', '正在读取，已读取 4 行：导入 3 行（新增 2 条），未导入 1 行', false],
    ['Completed', '已读取 4 行：导入 3 行（新增 2 条），未导入 1 行', true],
    ['Failed', '已读取 4 行：导入 3 行（新增 2 条），未导入 1 行', true],
  ])('%s reads 「%s」', (status, words, finished) => {
    expect(importSummary({ status, ...counts })).toBe(words)
    expect(importFinished({ status })).toBe(finished)
  })
})

describe('the imports started in this browser', () => {
  const storage = () => {
    const data = new Map<string, string>()
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) }
  }

  it('keeps the newest first, each once, at most 20', () => {
    const s = storage()
    for (let i = 1; i <= 22; i++) rememberImport(`id-${i}`, s)
    rememberImport('id-5', s)
    const ids = rememberedImports(s)
    expect(ids).toHaveLength(20)
    expect(ids.slice(0, 3)).toEqual(['id-5', 'id-22', 'id-21'])
    expect(ids.filter((id) => id === 'id-5')).toHaveLength(1)
  })

  it('answers nothing for a damaged entry', () => {
    expect(rememberedImports({ getItem: () => '{not json' })).toEqual([])
    expect(rememberedImports({ getItem: () => '{"a":1}' })).toEqual([])
  })
})
