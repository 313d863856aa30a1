import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import vueI18n from '@intlify/eslint-plugin-vue-i18n'

/*
 * The layering (docs/architecture.md), enforced: each rule names what a folder
 * may not import and why. Flat config replaces a rule per matching block, so
 * each block lists every restriction that applies to its folder.
 */
const DEXIE = {
  group: ['dexie', 'dexie/*'],
  message: 'Only src/db imports Dexie: add a typed read or write function in src/db and call that.',
}
const VUE = {
  group: ['vue', 'vue-router', 'pinia', '@vue/*', '@vueuse/*'],
  message: 'This layer is Vue-free so the CLI and the workers can run it: keep Vue in composables, components, views, stores and the router.',
}
const APP = {
  group: ['@/components/*', '@/composables/*', '@/views/*', '@/stores/*', '@/router/*', '@/pwa/*', '@/startup', '@/App.vue', '**/components/*', '**/composables/*', '**/views/*', '**/stores/*', '**/router/*', '**/pwa/*'],
  message: 'This layer sits below the app: nothing here may depend on the UI.',
}
const CONTENT_ONLY = {
  group: ['@/db/*', '@/search/*', '@/sync/*', '**/db/*', '**/search/*', '**/sync/*'],
  message: 'src/content is pure (page dumps in, content out): it imports only itself and plain libraries.',
}
const DB_WRITES = {
  group: ['@/db/*'],
  importNamePattern: '^(write|replace|install|begin|complete|remove|clear|delete|put|mark|prepare)',
  message: 'Components and views never write to the database: go through a composable, store action or src/sync.',
}
/** The plugin's own JSON parser set-up, applied only to the message files (not to every JSON file of the repository). */
const I18N_JSON = vueI18n.configs['flat/base'].find((config) => config.name === '@intlify/vue-i18n:base:setup:json')
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default defineConfigWithVueTs(
  {
    name: 'app/files-to-lint',
    files: ['**/*.{js,mjs,ts,mts,vue}'],
  },
  globalIgnores(['**/dist/**', '**/dev-dist/**', '**/coverage/**', 'public/pack/**', '.bench/**', '.tmp/**']),
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.strict,
  {
    name: 'app/rules',
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  { name: 'layers/dexie-only-in-db', files: ['src/**/*.{ts,vue}'], ignores: ['src/db/**'], rules: restrict(DEXIE) },
  {
    name: 'layers/content-is-pure',
    files: ['src/content/**/*.ts'],
    rules: {
      ...restrict(DEXIE, VUE, APP, CONTENT_ONLY),
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch'].map((name) => ({ name, message: 'src/content runs in Node too: no DOM or browser APIs.' }))],
    },
  },
  { name: 'layers/db-has-no-vue', files: ['src/db/**/*.ts'], rules: restrict(VUE, APP) },
  // Sync and search run in Web Workers: no Vue, no UI, and Dexie only through src/db.
  { name: 'layers/workers-are-vue-free', files: ['src/sync/**/*.ts', 'src/search/**/*.ts'], rules: restrict(DEXIE, VUE, APP) },
  // The reader's data as files and groups (backup, history days): Vue-free, so the backup worker runs it; Dexie only through src/db.
  { name: 'layers/userdata-is-vue-free', files: ['src/userdata/**/*.ts'], rules: restrict(DEXIE, VUE, APP) },
  { name: 'layers/ui-reads-only', files: ['src/components/**/*.{ts,vue}', 'src/views/**/*.{ts,vue}'], rules: restrict(DEXIE, DB_WRITES) },
  /*
   * The interface's words live in src/i18n/messages (docs: CONTRIBUTING.md, "Adding a language"):
   * no text typed into a template, no key that English lacks, every language with every key.
   * Unused keys are caught by tests/i18n/messages.test.ts, which also sees keys held in typed constants.
   */
  {
    name: 'i18n/setup',
    plugins: { '@intlify/vue-i18n': vueI18n },
    settings: { 'vue-i18n': { localeDir: './src/i18n/messages/*.json', messageSyntaxVersion: '^11.0.0' } },
  },
  {
    name: 'i18n/messages',
    files: ['src/i18n/messages/*.json'],
    languageOptions: I18N_JSON?.languageOptions,
    rules: {
      '@intlify/vue-i18n/valid-message-syntax': 'error',
      '@intlify/vue-i18n/no-missing-keys-in-other-locales': 'error',
      '@intlify/vue-i18n/no-html-messages': 'error',
      '@intlify/vue-i18n/no-duplicate-keys-in-locale': 'error',
    },
  },
  {
    name: 'i18n/templates',
    files: ['src/**/*.vue'],
    rules: {
      // Punctuation and symbols between translated parts ("(3)", " · ", "×") are not words.
      '@intlify/vue-i18n/no-raw-text': ['error', { ignorePattern: '^[\\s()·–—×:,.?/]*$' }],
      '@intlify/vue-i18n/no-missing-keys': 'error',
      '@intlify/vue-i18n/no-v-html': 'error',
      '@intlify/vue-i18n/no-deprecated-tc': 'error',
    },
  },
)
