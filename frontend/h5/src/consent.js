import { getMe } from './api.js'
import { agreementPath, navigate } from './router.js'

// Pages that start or edit an application: the parent must have accepted the current 平台协议.
export const GATED_ROUTES = new Set(['graduationType', 'student', 'guardians', 'household', 'evidence', 'submit'])

/**
 * True when the page may open; otherwise the browser is on its way to the agreement page (or, on a
 * 401, to WeChat sign-in). Any other failure lets the page open: the API refuses the write anyway
 * (403 agreement.required) and api.js routes that to the agreement page too.
 */
export async function checkConsent(returnTo) {
  try {
    const me = await getMe()
    if (me.agreementAccepted !== false) return true
    navigate(agreementPath(returnTo))
    return false
  } catch (e) {
    return e.status !== 401
  }
}
