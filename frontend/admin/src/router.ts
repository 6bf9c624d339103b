// Vue Router with the menu in the URL (hash history: the host serves /admin/index.html only, and a
// reload of any screen comes back to it). Each screen is its own chunk, loaded when first opened.
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { whenSignedOut } from './api/http'
import { MENU, canSee, menuFor } from './logic/menu'
import { clearSession, loadSession, session } from './session'
import type { StaffRole } from './api/types'

declare module 'vue-router' {
  interface RouteMeta { roles?: StaffRole[]; title?: string; public?: boolean; menu?: string }
}

const views: Record<string, () => Promise<unknown>> = {
  queue: () => import('./views/review/QueueView.vue'),
  dashboard: () => import('./views/DashboardView.vue'),
  audit: () => import('./views/AuditView.vue'),
  notifications: () => import('./views/NotificationsView.vue'),
  seasons: () => import('./views/config/SeasonsView.vue'),
  schools: () => import('./views/config/SchoolsView.vue'),
  articles: () => import('./views/config/ArticlesView.vue'),
  agreements: () => import('./views/config/AgreementsView.vue'),
  'return-reasons': () => import('./views/config/ReturnReasonsView.vue'),
  staff: () => import('./views/config/StaffView.vue'),
  clients: () => import('./views/config/ClientsView.vue'),
  webhooks: () => import('./views/config/WebhooksView.vue'),
  retention: () => import('./views/config/RetentionView.vue'),
  'social-insurance': () => import('./views/config/SocialInsuranceView.vue'),
  regions: () => import('./views/config/RegionsView.vue'),
}

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: () => import('./layouts/AppShell.vue'),
    children: [
      { path: '', name: 'home', redirect: () => menuFor(session.staff?.role)[0]?.path ?? '/login' },
      ...MENU.map((m) => ({ path: m.path.slice(1), name: m.name, component: views[m.name], meta: { roles: m.roles, title: m.label, menu: m.path } }) as RouteRecordRaw),
      {
        path: 'review/:id',
        name: 'detail',
        component: () => import('./views/review/DetailView.vue'),
        meta: { roles: MENU.find((m) => m.name === 'queue')!.roles, title: '审核详情', menu: '/review' },
      },
      { path: ':rest(.*)*', name: 'not-found', redirect: '/' },
    ],
  },
]

export const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach(async (to) => {
  await loadSession().catch(() => null)
  if (to.meta.public) return session.staff && to.name === 'login' ? { path: (to.query.redirect as string) || '/' } : true
  if (!session.staff) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  if (!canSee(to.meta.roles, session.staff.role)) return { path: menuFor(session.staff.role)[0]?.path ?? '/login' }
  return true
})

router.afterEach((to) => {
  document.title = `${to.meta.title ? `${to.meta.title} · ` : ''}义务教育新生入学信息采集 · 管理后台`
})

// A 401 on any request: the session ended; back to the sign-in screen, then to this screen again.
whenSignedOut(() => {
  clearSession()
  const current = router.currentRoute.value
  if (!current.meta.public) void router.replace({ name: 'login', query: { redirect: current.fullPath } })
})
