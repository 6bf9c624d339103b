import { describe, expect, it } from 'vitest'
import { ancestors, isComplete, isLastLevel, levelOf, requiredLevel, toOption } from './regions'

describe('the cascader\'s last-level rule', () => {
  it.each([
    ['410000000000', 'Province'], ['410100000000', 'City'], ['410185000000', 'County'], ['410185001000', 'Town'], ['410185001001', 'Village'],
  ])('%s is a %s', (code, level) => expect(levelOf(code)).toBe(level))

  it.each([
    // code, level, hasChildren, last?
    ['410185001000', 'Town', true, false], // 登封 嵩阳街道: go on to the community
    ['410185001001', 'Village', false, true], // 登封 a community: done
    ['410185100000', 'Town', true, false], // 登封 a town: go on to the village
    ['410102001000', 'Town', true, true], // 郑州市中原区 a street: done (elsewhere the town/street is enough)
    ['410102000000', 'County', true, false], // 中原区 itself is not enough
    ['110101001000', 'Town', true, true], // Beijing: town level ends it
    ['410185000000', 'County', true, false],
    ['659001000000', 'County', false, true], // nothing below: the picker ends
  ])('%s (%s, children %s) ends the picker: %s', (code, level, hasChildren, last) => {
    expect(isLastLevel({ code, name: 'x', level, hasChildren })).toBe(last)
    expect('children' in toOption({ code, name: 'x', level, hasChildren })).toBe(!last)
  })

  it('requires the village in the home county, the town elsewhere', () => {
    expect(requiredLevel('410185203201')).toBe('Village')
    expect(requiredLevel('410102001000')).toBe('Town')
    expect(requiredLevel('410102001000', '410102')).toBe('Village')
    expect(isComplete('410185001000')).toBe(false)
    expect(isComplete('410185001001')).toBe(true)
    expect(isComplete('410102001000')).toBe(true)
    expect(isComplete('410102000000')).toBe(false)
    expect(isComplete('4101')).toBe(false)
  })

  it('knows the tabs above a saved value', () => {
    expect(ancestors('410185001001')).toEqual(['410000000000', '410100000000', '410185000000', '410185001000'])
    expect(ancestors('410102001000')).toEqual(['410000000000', '410100000000', '410102000000'])
    expect(ancestors('')).toEqual(['000000000000'])
  })
})
