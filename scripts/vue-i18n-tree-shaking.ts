/**
 * vue-i18n 11 looks up `'currentInstance' in Vue` on its `import * as Vue from 'vue'`.
 * An `in` test on a namespace makes the bundler keep every export of Vue
 * (Transition, KeepAlive, Suspense, Teleport, hydration…): about 20 KiB of gzip
 * JavaScript on the first route that the app never runs. Vue 3.5 has no
 * `currentInstance` export, so the probe always falls through to
 * `Vue.getCurrentInstance()`: this plugin makes that the only path, a static
 * member read the bundler can prune around. Upstream: intlify/vue-i18n#2573.
 * If a vue-i18n release no longer has the probe, the plugin changes nothing
 * (and tests/e2e/budget.e2e.ts still guards the size).
 */
import type { Plugin } from 'vite'

const VUE_I18N_BUILD = /[\\/]node_modules[\\/]vue-i18n[\\/]dist[\\/][^\\/]+\.m?js$/
const NAMESPACE_PROBE = /const key = 'currentInstance';\s*if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/

export function vueI18nTreeShaking(): Plugin {
  return {
    name: 'osce-field-reader:vue-i18n-tree-shaking',
    enforce: 'pre',
    transform(code, id) {
      if (!VUE_I18N_BUILD.test(id.split('?')[0] ?? '') || !NAMESPACE_PROBE.test(code)) return null
      return { code: code.replace(NAMESPACE_PROBE, 'return Vue.getCurrentInstance();'), map: null }
    },
  }
}
