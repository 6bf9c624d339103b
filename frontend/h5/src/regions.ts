// The address rule of every page (domain.md, guide 备注): the region must be chosen to the last level
// the rule requires — in the home county (登封市 410185) the village or community committee (村/居委会),
// elsewhere the town or street (乡镇/街道). The cascader ends there: an option at that level has no
// children, so choosing it finishes the picker.
export const HOME_COUNTY = '410185'
export const COUNTRY = '000000000000'

export type RegionLevel = 'Province' | 'City' | 'County' | 'Town' | 'Village'
const RANK: Record<RegionLevel, number> = { Province: 1, City: 2, County: 3, Town: 4, Village: 5 }

export interface Region {
  code: string
  name: string
  level: string
  hasChildren: boolean
}

export interface RegionOption {
  text: string
  value: string
  children?: RegionOption[]
}

/** The level a 12-digit statistical code stands for (2 + 2 + 2 + 3 + 3 digits). */
export function levelOf(code: string): RegionLevel {
  if (code.slice(9) !== '000') return 'Village'
  if (code.slice(6, 9) !== '000') return 'Town'
  if (code.slice(4, 6) !== '00') return 'County'
  if (code.slice(2, 4) !== '00') return 'City'
  return 'Province'
}

/** Village/community in the home county, town/street elsewhere. */
export function requiredLevel(code: string, homeCounty = HOME_COUNTY): RegionLevel {
  return code.startsWith(homeCounty) ? 'Village' : 'Town'
}

/** True when choosing this region ends the picker: it reaches the required level, or has nothing below. */
export function isLastLevel(region: Region, homeCounty = HOME_COUNTY): boolean {
  if (!region.hasChildren) return true
  const level = (region.level in RANK ? region.level : levelOf(region.code)) as RegionLevel
  return RANK[level] >= RANK[requiredLevel(region.code, homeCounty)]
}

/** Whether a chosen code is acceptable as an address region (what the server checks too). */
export function isComplete(code: string, homeCounty = HOME_COUNTY): boolean {
  return /^\d{12}$/.test(code) && RANK[levelOf(code)] >= RANK[requiredLevel(code, homeCounty)]
}

/** A cascader option; one that is not last gets an empty list, filled when it is chosen. */
export function toOption(region: Region, homeCounty = HOME_COUNTY): RegionOption {
  return isLastLevel(region, homeCounty)
    ? { text: region.name, value: region.code }
    : { text: region.name, value: region.code, children: [] }
}

/** The codes above a region, from the province down (the tabs to load to show a saved value). */
export function ancestors(code: string): string[] {
  const pad = (prefix: string) => prefix.padEnd(12, '0')
  const chain = [pad(code.slice(0, 2)), pad(code.slice(0, 4)), pad(code.slice(0, 6)), pad(code.slice(0, 9))]
  const own = chain.indexOf(code)
  const above = own >= 0 ? chain.slice(0, own) : chain
  return [...new Set(above)].filter((c) => c !== code)
}
