// Who is signed in: loaded once from GET /api/v1/auth/staff/me, cleared on sign-out or on any 401.
import { reactive } from 'vue'
import { currentStaff } from './api/endpoints'
import type { Staff } from './api/types'

export const session = reactive<{ staff: Staff | null; loaded: boolean }>({ staff: null, loaded: false })

let loading: Promise<Staff | null> | null = null

export function loadSession(force = false): Promise<Staff | null> {
  if (session.loaded && !force) return Promise.resolve(session.staff)
  loading ??= currentStaff()
    .then((staff) => {
      session.staff = staff
      session.loaded = true
      return staff
    })
    .finally(() => { loading = null })
  return loading
}

export function setSignedIn(staff: Staff) {
  session.staff = staff
  session.loaded = true
}

export function clearSession() {
  session.staff = null
  session.loaded = true
}
