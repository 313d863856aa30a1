import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { countryNamesByPlace } from './scripts/country-names.ts'
import { localeOfBundleModule } from './scripts/locale-chunks.ts'
import { precompileMessages } from './scripts/precompile-messages.ts'
import { siteHeaders } from './scripts/site-headers-plugin.ts'
import { vueI18nTreeShaking } from './scripts/vue-i18n-tree-shaking.ts'

export const APP_MANIFEST = {
  id: '/',
  name: 'OSCE Field Reader',
  short_name: 'OSCE Reader',
  description: 'Read OSCE press releases, country, structure and field pages offline.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b4f8a',
  background_color: '#ffffff',
  categories: ['news', 'reference', 'productivity'],
  icons: [
    { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
    { src: 'maskable-icon-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} as const

export default defineConfig({
  plugins: [
    // Every component uses <script setup>: without the Options API, Vue's code is smaller and sets components up faster.
    vue({ features: { optionsAPI: false } }),
    precompileMessages(),
    countryNamesByPlace(),
    vueI18nTreeShaking(),
    // The CSP as a meta tag in index.html and a _headers file in dist/, for hosts other than `npm start`.
    siteHeaders(),
    VitePWA({
      // Prompt, not autoUpdate: a reader must be able to finish an article before the app reloads.
      registerType: 'prompt',
      // Registration happens in src/pwa through virtual:pwa-register/vue: no inline script, so the CSP holds.
      injectRegister: false,
      includeAssets: ['favicon.ico', 'apple-touch-icon-180x180.png', 'logo.svg'],
      manifest: { ...APP_MANIFEST, icons: [...APP_MANIFEST.icons], categories: [...APP_MANIFEST.categories] },
      workbox: {
        // The app shell is precached; content lives once, in IndexedDB, so the pack is not.
        globPatterns: ['**/*.{js,css,html,ico,png,svg,webmanifest}'],
        globIgnores: ['pack/**'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/pack\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // vue-i18n: Composition API only, no global components, and no message compiler (messages are compiled at build time).
  define: {
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  // Workers as ES modules with their own chunks: a worker's entry starts small (the sync worker asks for the
  // manifest before loading its engine) and code it loads on demand stays out of its start.
  worker: { format: 'es' },
  build: {
    // Every browser the app supports has modulepreload but Safari before 17, which then loads the same files
    // unhinted: the polyfill's bytes on every first visit are not worth it.
    modulePreload: { polyfill: false },
    // One stylesheet for the whole app (5.8 kB gzip in all), loaded with the page. Split per page, a first visit
    // fetched six more before its page could show (a lazy page waits for its CSS), and each one that arrived made
    // the browser lay out the page again: Lighthouse's blocking time fell by about a fifth with one file.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // A language's messages and country names arrive in one file: one request when a reader picks it.
        codeSplitting: { groups: [{ name: localeOfBundleModule }] },
      },
    },
  },
})
