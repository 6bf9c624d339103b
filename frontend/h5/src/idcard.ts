// Reads gender and birth date out of an 18-character resident ID (GB 11643-1999):
// 6-digit region, YYYYMMDD, 3-digit sequence (odd = male), check character.
// A convenience for the form only: the server validates the ID (check digit, age window).
const SHAPE = /^\d{17}[\dX]$/

export function describeResidentId(value: unknown): { gender: '男' | '女'; birthDate: string } | null {
  const id = String(value ?? '').trim().toUpperCase()
  if (!SHAPE.test(id)) return null

  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }

  return {
    gender: Number(id[16]) % 2 === 1 ? '男' : '女',
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
  }
}
