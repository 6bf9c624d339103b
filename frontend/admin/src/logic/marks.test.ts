import { describe, expect, it } from 'vitest'
import { removeMark, returnProblems, toReasons, upsertMark, type Mark } from './marks'

const mark = (field: string, reasonId = 'r1', note = ''): Mark => ({ page: 'student', field, label: field, reasonId, note })

describe('标记有误 marks', () => {
  it('names a field once: marking it again replaces the reason', () => {
    const marks = upsertMark(upsertMark([], mark('name', 'r1')), mark('name', 'r2', '与户口簿不一致'))
    expect(marks).toEqual([mark('name', 'r2', '与户口簿不一致')])
  })

  it('removes one field and keeps the others', () => {
    expect(removeMark([mark('name'), mark('residentId')], 'student', 'name')).toEqual([mark('residentId')])
  })

  it.each<[Mark[], string[]]>([
    [[], ['请至少标记一处有误的信息']],
    [[mark('name', '')], ['「name」请选择退回原因']],
    [[mark('name', 'r1', 'x'.repeat(201))], ['「name」补充说明不能超过200个字']],
    [[mark('name'), mark('residentId')], []],
  ])('problems of %j', (marks, problems) => {
    expect(returnProblems(marks)).toEqual(problems)
  })

  it('sends page, field, reason and the trimmed note (null when blank)', () => {
    expect(toReasons([mark('name', 'r1', '  请按户口簿填写 '), { ...mark('page', 'r2'), page: 'property' }])).toEqual([
      { page: 'student', field: 'name', reasonId: 'r1', note: '请按户口簿填写' },
      { page: 'property', field: 'page', reasonId: 'r2', note: null },
    ])
  })
})
