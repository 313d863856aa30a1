import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from '@/views/HomeView.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Latest releases' } },
  { path: '/releases/:slug', name: 'release', component: () => import('@/views/ReleaseView.vue') },
  { path: '/countries', name: 'countries', component: () => import('@/views/CountriesView.vue'), meta: { title: 'Countries' } },
  { path: '/countries/:slug', name: 'country', component: () => import('@/views/CountryView.vue') },
  { path: '/structures', name: 'structures', component: () => import('@/views/StructuresView.vue'), meta: { title: 'Structures and institutions' } },
  { path: '/structures/:slug', name: 'structure', component: () => import('@/views/StructureView.vue') },
  { path: '/fields', name: 'fields', component: () => import('@/views/FieldsView.vue'), meta: { title: 'Fields of work' } },
  { path: '/fields/:slug', name: 'field', component: () => import('@/views/FieldView.vue') },
  { path: '/meetings', name: 'meetings', component: () => import('@/views/MeetingsView.vue'), meta: { title: 'Meetings and conferences' } },
  { path: '/meetings/:slug', name: 'meeting', component: () => import('@/views/MeetingView.vue') },
  { path: '/our-work', name: 'our-work', component: () => import('@/views/OurWorkView.vue'), meta: { title: 'Our work' } },
  { path: '/search', name: 'search', component: () => import('@/views/SearchView.vue'), meta: { title: 'Search' } },
  { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue'), meta: { title: 'Settings and storage' } },
  { path: '/about', name: 'about', component: () => import('@/views/AboutView.vue'), meta: { title: 'About' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'Not found' } },
]

export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}
