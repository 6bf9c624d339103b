// Hash routes (the page is opened from WeChat's menu at /h5/; the host serves one index.html), one
// chunk per page. Pages that start or edit an application first check that the parent accepted the
// current 平台协议 (else #/agreement?returnTo=…).
import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router'
import { getMe, onAgreementRequired, redirectToSignIn } from './api'

/** Only a path inside this page may be a return target (no "//host", no full URL). */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  const path = String(value ?? '')
  return /^\/(?!\/)[^\\]*$/.test(path) ? path : fallback
}

export const agreementPath = (returnTo: string) => `/agreement?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`

export const router = createRouter({
  history: createWebHashHistory(),
  scrollBehavior: () => ({ top: 0 }),
  routes: [
    { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { title: '新生入学信息采集' } },
    { path: '/articles', name: 'articles', component: () => import('./pages/ArticlesPage.vue'), meta: { title: '家长必读' } },
    { path: '/articles/:id', name: 'article', component: () => import('./pages/ArticlePage.vue'), props: true, meta: { title: '家长必读' } },
    { path: '/agreement', name: 'agreement', component: () => import('./pages/AgreementPage.vue'), props: (r) => ({ returnTo: String(r.query.returnTo ?? '') }), meta: { title: '平台协议' } },
    { path: '/apply', name: 'graduationType', component: () => import('./pages/GraduationTypePage.vue'), meta: { gated: true, title: '毕业类型' } },
    { path: '/apply/:applicationId/student', name: 'student', component: () => import('./pages/StudentPage.vue'), props: (r) => ({ applicationId: r.params.applicationId, graduationType: String(r.query.type ?? '') }), meta: { gated: true, title: '学生基本信息' } },
    { path: '/apply/:applicationId/guardians', name: 'guardians', component: () => import('./pages/GuardiansPage.vue'), props: true, meta: { gated: true, title: '学生父母信息' } },
    { path: '/apply/:applicationId/household', name: 'household', component: () => import('./pages/HouseholdPage.vue'), props: true, meta: { gated: true, title: '学生户籍信息' } },
    { path: '/apply/:applicationId/evidence/:kind', name: 'evidence', component: () => import('./pages/EvidencePage.vue'), props: true, meta: { gated: true } },
    { path: '/apply/:applicationId/submit', name: 'submit', component: () => import('./pages/SubmitPage.vue'), props: true, meta: { gated: true, title: '保存提交' } },
    { path: '/students', name: 'students', component: () => import('./pages/StudentsPage.vue'), meta: { title: '毕业生列表' } },
    { path: '/me', name: 'me', component: () => import('./pages/MePage.vue'), meta: { title: '个人信息' } },
    { path: '/me/phone', name: 'phone', component: () => import('./pages/PhonePage.vue'), meta: { title: '手机绑定' } },
    { path: '/:pathMatch(.*)*', name: 'notFound', component: () => import('./pages/NotFoundPage.vue') },
  ],
})

/** Gated pages wait for GET /api/v1/me; without the acceptance they go to 平台协议 first. */
export async function consentGuard(to: RouteLocationNormalized) {
  if (!to.meta.gated) return true
  try {
    const me = await getMe({ quiet: true })
    return me.agreementAccepted === false ? agreementPath(to.fullPath) : true
  } catch (e) {
    // 401: WeChat sign-in, coming back to the page asked for (not the one still shown).
    // Anything else: the page opens, the API refuses a write anyway.
    if ((e as { status?: number }).status !== 401) return true
    const { pathname, search } = globalThis.location
    redirectToSignIn({ pathname, search, hash: `#${to.fullPath}`, assign: (url: string) => globalThis.location.assign(url) })
    return false
  }
}

router.beforeEach(consentGuard)
router.afterEach((to) => {
  if (typeof to.meta.title === 'string') document.title = to.meta.title
})
onAgreementRequired((returnTo) => {
  if (!router.currentRoute.value.path.startsWith('/agreement')) router.replace(agreementPath(returnTo))
})
