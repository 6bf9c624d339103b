// A tiny hash router: #/, #/articles, #/articles/{id}, #/apply, #/apply/{id}/student|guardians|household,
// #/apply/{id}/evidence/{kind} (pages 5–11), #/apply/{id}/submit (保存提交), #/students,
// #/me, #/me/phone, #/agreement?returnTo=/apply.
import { ref } from 'vue'

const routes = [
  { name: 'home', pattern: /^\/?$/ },
  { name: 'articles', pattern: /^\/articles$/ },
  { name: 'article', pattern: /^\/articles\/([^/]+)$/, params: ['id'] },
  { name: 'graduationType', pattern: /^\/apply$/ },
  { name: 'student', pattern: /^\/apply\/([^/]+)\/student$/, params: ['id'] },
  { name: 'guardians', pattern: /^\/apply\/([^/]+)\/guardians$/, params: ['id'] },
  { name: 'household', pattern: /^\/apply\/([^/]+)\/household$/, params: ['id'] },
  { name: 'evidence', pattern: /^\/apply\/([^/]+)\/evidence\/([a-z-]+)$/, params: ['id', 'kind'] },
  { name: 'submit', pattern: /^\/apply\/([^/]+)\/submit$/, params: ['id'] },
  { name: 'students', pattern: /^\/students$/ },
  { name: 'me', pattern: /^\/me$/ },
  { name: 'phone', pattern: /^\/me\/phone$/ },
  { name: 'agreement', pattern: /^\/agreement$/ },
]

export function resolve(hash) {
  const full = String(hash ?? '').replace(/^#/, '') || '/'
  const [rawPath, search = ''] = full.split('?', 2)
  const path = decodeURI(rawPath) || '/'
  const query = Object.fromEntries(new URLSearchParams(search))
  for (const route of routes) {
    const match = route.pattern.exec(path)
    if (match) {
      const params = Object.fromEntries((route.params ?? []).map((p, i) => [p, match[i + 1]]))
      return { name: route.name, params, query, path }
    }
  }
  return { name: 'notFound', params: {}, query, path }
}

export const currentRoute = ref(resolve(window.location.hash))

window.addEventListener('hashchange', () => {
  currentRoute.value = resolve(window.location.hash)
  window.scrollTo?.(0, 0)
})

export function navigate(path) {
  window.location.hash = path
}

/** Only a path inside this page may be a return target (no "//host", no full URL). */
export function safeReturnTo(value, fallback = '/') {
  const path = String(value ?? '')
  return /^\/(?!\/)[^\\]*$/.test(path) ? path : fallback
}

export function agreementPath(returnTo) {
  return `/agreement?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`
}
