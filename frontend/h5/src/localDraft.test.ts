import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { draftKey, dropLocal, keepLocal, mergeInto, readLocal, useLocalDraft } from './localDraft'

describe('local unsaved copy of a page', () => {
  beforeEach(() => localStorage.clear())

  it('keeps, reads and drops a copy per application and page', () => {
    const key = draftKey('a1', 'guardians')
    keepLocal(key, { father: { name: '张伟' } })
    expect(readLocal(key)).toEqual({ father: { name: '张伟' } })
    expect(readLocal(draftKey('a1', 'household'))).toBeNull()
    dropLocal(key)
    expect(readLocal(key)).toBeNull()
  })

  it('merges a copy into the form without adding unknown fields', () => {
    const form = { name: '', father: { name: '', mobile: '' } }
    mergeInto(form, { name: '李四', father: { mobile: '13800138000' }, stale: 'x' })
    expect(form).toEqual({ name: '李四', father: { name: '', mobile: '13800138000' } })
  })

  it('after the server values are in: an unsaved copy wins, every change is kept, a save drops it', async () => {
    const key = draftKey('a2', 'student')
    keepLocal(key, { name: '王小明（未保存）', residentId: '' })
    const form = reactive({ name: '王小明', residentId: '410185201801010011' })
    const local = useLocalDraft(() => key, form)
    expect(local.restore()).toBe(true)
    expect(form).toEqual({ name: '王小明（未保存）', residentId: '' })
    expect(local.restored.value).toBe(true)
    form.residentId = '41018520'
    await nextTick()
    expect(readLocal(key)).toEqual({ name: '王小明（未保存）', residentId: '41018520' })
    local.saved()
    expect(readLocal(key)).toBeNull()
  })

  it('does not overwrite a copy before restore (the server values arriving are not input)', async () => {
    const key = draftKey('a3', 'student')
    keepLocal(key, { name: '赵六' })
    const form = reactive({ name: '' })
    useLocalDraft(() => key, form)
    form.name = '从服务器加载'
    await nextTick()
    expect(readLocal(key)).toEqual({ name: '赵六' })
  })
})
