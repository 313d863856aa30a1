import { createRouter, createWebHistory, START_LOCATION, type RouteRecordRaw } from 'vue-router'
import { showPageTitle } from '@/composables/usePageTitle'
import type { MessageKey } from '@/i18n/messages'
import HomeView from '@/views/HomeView.vue'
import { PATHS } from './paths'
import { whenScrollableTo } from './scrollWhenReady'

declare module 'vue-router' {
  interface RouteMeta {
    /**
     * The message key of a page's title when it is fixed (shown in the interface
     * language by useFixedPageTitle). Pages titled after their content (a country,
     * a release, a search) have none and call usePageTitle instead.
     */
    title?: MessageKey
  }
}

const slugOf = (section: string) => `${section}/:slug`

export const routes: RouteRecordRaw[] = [
  { path: PATHS.home, name: 'home', component: HomeView, meta: { title: 'pages.home' } },
  { path: slugOf(PATHS.releases), name: 'release', component: () => import('@/views/ReleaseView.vue') },
  { path: PATHS.newReleases, name: 'new-releases', component: () => import('@/views/NewReleasesView.vue'), meta: { title: 'pages.newReleases' } },
  { path: PATHS.countries, name: 'countries', component: () => import('@/views/CountriesView.vue'), meta: { title: 'nodes.countries' } },
  { path: slugOf(PATHS.countries), name: 'country', component: () => import('@/views/CountryView.vue') },
  { path: PATHS.structures, name: 'structures', component: () => import('@/views/StructuresView.vue'), meta: { title: 'nodes.structures' } },
  { path: slugOf(PATHS.structures), name: 'structure', component: () => import('@/views/StructureView.vue') },
  { path: PATHS.fields, name: 'fields', component: () => import('@/views/FieldsView.vue'), meta: { title: 'nodes.fields' } },
  { path: slugOf(PATHS.fields), name: 'field', component: () => import('@/views/FieldView.vue') },
  { path: PATHS.meetings, name: 'meetings', component: () => import('@/views/MeetingsView.vue'), meta: { title: 'nodes.meetings' } },
  { path: slugOf(PATHS.meetings), name: 'meeting', component: () => import('@/views/MeetingView.vue') },
  { path: PATHS.ourWork, name: 'our-work', component: () => import('@/views/OurWorkView.vue'), meta: { title: 'nodes.ourWork' } },
  { path: PATHS.search, name: 'search', component: () => import('@/views/SearchView.vue') },
  { path: PATHS.saved, name: 'saved', component: () => import('@/views/SavedView.vue'), meta: { title: 'pages.saved' } },
  { path: PATHS.history, name: 'history', component: () => import('@/views/HistoryView.vue'), meta: { title: 'pages.history' } },
  { path: PATHS.settings, name: 'settings', component: () => import('@/views/SettingsView.vue'), meta: { title: 'pages.settings' } },
  { path: PATHS.about, name: 'about', component: () => import('@/views/AboutView.vue'), meta: { title: 'pages.about' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'pages.notFound' } },
]

export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    // Back, forward and reload return to where the reader was, once the page has filled in that far (its lists
    // come back at the length they had: ./listMemory). A newly opened page starts at the top, except on the first
    // load: the page is at the top anyway, and scrolling there costs a forced layout in the middle of it.
    scrollBehavior: async (_to, from, saved) => {
      if (saved) {
        await whenScrollableTo(saved.top)
        return saved
      }
      return from === START_LOCATION ? false : { top: 0 }
    },
  })
  // A page titled after its content shows the app's name until it has read it; fixed titles are the shell's (useFixedPageTitle).
  router.afterEach((to, _from, failure) => {
    if (!failure && !to.meta.title) showPageTitle(null)
  })
  return router
}
