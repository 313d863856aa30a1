import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { startInLanguage } from './i18n/useInterfaceLanguage'
import { createAppRouter } from './router'
import { createAppState } from './startup'
import './styles/base.css'

// What runs on start is in ./startup: the shared state installed here, and the work App.vue starts (useAppStartup).
// The sync worker starts with the app state, before the mount: it asks for the manifest while the page mounts.
const app = createApp(App)
const i18n = createAppI18n()
app.use(createPinia())
app.use(createAppRouter())
app.use(createAppState({ i18n }))
// The first paint is in the reader's language: a Russian reader never sees the English interface flash by.
// The mount is a task of its own: opening the database resolves in a microtask, so the first render would
// otherwise run in one long task with the database's first open (on a first visit, its creation).
void startInLanguage(i18n.global).then(() => setTimeout(() => app.mount('#app'), 0))
