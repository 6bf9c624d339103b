import { describe, expect, it } from 'vitest'
import { EVIDENCE_KINDS, firstEvidencePath, nextPath, parentOptions, previousPath, requestBody, emptyForm } from './evidence'


describe('evidence pages 5–11', () => {
  it('follow the guide\'s order and titles', () => {
    expect(EVIDENCE_KINDS.map((k) => [k.page, k.kind, k.title])).toEqual([
      [5, 'property', '房产信息'],
      [6, 'residence-permit', '居住证信息'],
      [7, 'employment', '务工信息'],
      [8, 'business', '经商信息'],
      [9, 'preferential-care', '政策（优抚）照顾信息'],
      [10, 'relocation', '拆迁安置协议信息'],
      [11, 'long-term-residence', '长期居住信息'],
    ])
  })

  it('navigate page 4 → 5 → … → 11 → 保存提交, and back', () => {
    expect(firstEvidencePath('a1')).toBe('/apply/a1/evidence/property')
    const visited: string[] = []
    let path = firstEvidencePath('a1')
    for (let match = /\/evidence\/([a-z-]+)$/.exec(path); match; match = /\/evidence\/([a-z-]+)$/.exec(path)) {
      visited.push(match[1])
      path = nextPath('a1', match[1])
    }
    expect(visited).toEqual(EVIDENCE_KINDS.map((k) => k.kind))
    expect(path).toBe('/apply/a1/submit')
    expect(previousPath('a1', 'property')).toBe('/apply/a1/household')
    expect(previousPath('a1', 'residence-permit')).toBe('/apply/a1/evidence/property')
  })

  it('offer as holder only the parents filled on page 3', () => {
    expect(parentOptions({ guardians: { father: null, mother: { name: '李娜' } } })).toEqual([
      { value: 'Mother', label: '母亲', key: 'mother', name: '李娜' },
    ])
    expect(parentOptions({ guardians: { father: { name: '张伟' }, mother: { name: '李娜' } } }).map((p) => p.value)).toEqual(['Father', 'Mother'])
  })

  it('send only the page\'s fields, trimmed, empty as null', () => {
    const spec = EVIDENCE_KINDS.find((k) => k.kind === 'business')
    const form = emptyForm(spec)
    Object.assign(form, { parent: 'Father', businessLicence: ' 91512081ma62k0260e ', regionCode: '410185001001', addressDetail: '中岳大街66号' })
    expect(requestBody(spec, form)).toEqual({ parent: 'Father', businessLicence: '91512081MA62K0260E', regionCode: '410185001001', addressDetail: '中岳大街66号' })
  })
})

describe('the guide on pages 5–11', () => {
  it('every page has its 备注 and a skip hint', () => {
    for (const spec of EVIDENCE_KINDS) {
      expect(spec.notes.length, spec.title).toBeGreaterThanOrEqual(3)
      expect(spec.notes.join(''), spec.title).toMatch(/必须选择到村或社区居委会，否则无法提交/)
      expect(spec.hint, spec.title).toMatch(/无此信息跳过/)
    }
  })
})
