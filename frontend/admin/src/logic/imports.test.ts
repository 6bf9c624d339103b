import { describe, expect, it } from 'vitest'
import { importFinished, importSummary } from './imports'

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
