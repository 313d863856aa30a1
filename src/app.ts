/** The app: created, given its shared state, and mounted over the boot screen. Loaded by the entry, main.ts. */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { startInLanguage } from './i18n/useInterfaceLanguage'
import { createAppRouter } from './router'
import { createAppState } from './startup'

// What runs on start is in ./startup: the shared state installed here, and the work App.vue starts (useAppStartup).
const app = createApp(App)
const i18n = createAppI18n()
app.use(createPinia())
app.use(createAppRouter())
app.use(createAppState({ i18n }))
/**
 * Resolves once the browser has had a chance to paint the boot screen of index.html. Mounting
 * is the longest piece of start-up work; done after a paint, a slow phone shows the app's name
 * at once instead of a blank page for the whole of it. The timeout covers a tab opened in the
 * background, where no frame is drawn.
 */
function afterBootScreenPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
    setTimeout(resolve, 100)
  })
}

// The first paint is in the reader's language: a Russian reader never sees the English interface flash by.
void Promise.all([startInLanguage(i18n.global), afterBootScreenPaint()]).then(() => app.mount('#app'))
