// A tiny hash router: #/, #/apply, #/apply/{id}/student|guardians|household, #/students.
import { ref } from 'vue'

const routes = [
  { name: 'home', pattern: /^\/?$/ },
  { name: 'graduationType', pattern: /^\/apply$/ },
  { name: 'student', pattern: /^\/apply\/([^/]+)\/student$/, params: ['id'] },
  { name: 'guardians', pattern: /^\/apply\/([^/]+)\/guardians$/, params: ['id'] },
  { name: 'household', pattern: /^\/apply\/([^/]+)\/household$/, params: ['id'] },
  { name: 'students', pattern: /^\/students$/ },
]

export function resolve(hash) {
  const path = decodeURI(String(hash ?? '').replace(/^#/, '')) || '/'
  for (const route of routes) {
    const match = route.pattern.exec(path)
    if (match) {
      const params = Object.fromEntries((route.params ?? []).map((p, i) => [p, match[i + 1]]))
      return { name: route.name, params }
    }
  }
  return { name: 'notFound', params: {} }
}

export const currentRoute = ref(resolve(window.location.hash))

window.addEventListener('hashchange', () => {
  currentRoute.value = resolve(window.location.hash)
  window.scrollTo?.(0, 0)
})

export function navigate(path) {
  window.location.hash = path
}
