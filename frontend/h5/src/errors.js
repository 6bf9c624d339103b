// Puts an ApiError's field messages under the page's fields; the rest goes to the page.
export function placeErrors(error, errors, fields) {
  const other = []
  for (const f of fields) errors[f] = []
  for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
    if (fields.includes(field)) errors[field] = messages
    else other.push(...messages)
  }
  const placed = fields.some((f) => errors[f].length > 0)
  return other.length ? other.join('；') : placed ? '' : error.message
}
