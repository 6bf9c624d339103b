// Helpers for the H5 (Vant) pages: fields by id, Vant Picker and Cascader popups, resident IDs.
import { expect } from 'vitest'

/** A resident ID with a real check character (GB 11643, ISO 7064 MOD 11-2); odd sequence = male. */
export function residentId(birthDate, male = true, region = '410185') {
  const sequence = Math.floor(Math.random() * 500) * 2 + (male ? 1 : 0)
  const body = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i], 0)
  return body + '10X98765432'[sum % 11]
}

/** The same ID with a wrong check character. */
export const wrongCheck = (id) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1')

export const field = (page, id) => page.locator(`[id="${id}"]`)
/** The message Vant shows under a field (error or reviewer's reason). */
export const fieldMessage = (page, id) => page.locator(`.van-field:has([id="${id}"]) .van-field__error-message`)

const popup = (page) => page.locator('.van-popup--bottom:visible')

/** Opens a PickerField and chooses the option with this text. */
export async function pick(page, id, text) {
  await field(page, id).click()
  const p = popup(page)
  await p.locator('.van-picker-column__item', { hasText: text }).first().click()
  await page.waitForTimeout(400) // the column scrolls to it
  await p.locator('.van-picker__confirm').click()
  await expect.poll(() => popup(page).count()).toBe(0)
}

/** Opens a DatePicker field and confirms the date it shows. */
export async function confirmDate(page, id) {
  await field(page, id).click()
  await popup(page).locator('.van-picker__confirm').click()
  await expect.poll(() => popup(page).count()).toBe(0)
}

/**
 * Opens the region Cascader of a field and chooses level by level (a name, or null for the first
 * option); the cascader must close by itself after the last, the level the rule requires.
 */
export async function pickRegion(page, id, names, shoot) {
  await field(page, id).click()
  const p = popup(page)
  for (const [i, name] of names.entries()) {
    const options = p.locator('.van-tab__panel-wrapper[aria-hidden="false"] .van-cascader__option')
    const option = name === null ? options.first() : options.filter({ hasText: new RegExp(`^${name}$`) }).first()
    await option.waitFor()
    if (shoot && i === names.length - 1) await shoot(page, `cascader-${id}`)
    await option.click()
  }
  await expect.poll(() => popup(page).count()).toBe(0)
  return field(page, id).inputValue()
}

export async function tapButton(page, name) {
  await page.getByRole('button', { name, exact: true }).click()
}
