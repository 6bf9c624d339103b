import { describe, expect, it } from 'vitest'
import { describeResidentId } from './idcard'

describe('describeResidentId', () => {
  it.each([
    ['11010519491231002X', '女', '1949-12-31'],
    ['11010519491231002x', '女', '1949-12-31'],
    ['440524188001010014', '男', '1880-01-01'],
    [' 410185201809010031 ', '男', '2018-09-01'],
    ['410185201802290020', null, null], // 2018 is not a leap year
    ['410185201602290020', '女', '2016-02-29'],
  ])('%s → %s %s', (id, gender, birthDate) => {
    const result = describeResidentId(id)
    if (gender === null) expect(result).toBeNull()
    else expect(result).toEqual({ gender, birthDate })
  })

  it.each(['', null, undefined, '4101852018090100', '41018520180901003Y', '410185201813010031'])(
    'returns null for %j',
    (id) => expect(describeResidentId(id)).toBeNull(),
  )
})
