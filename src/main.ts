import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppState } from './startup'
import './styles/base.css'

// What runs on start is in ./startup: the shared state installed here, and the work App.vue starts (useAppStartup).
const app = createApp(App)
app.use(createPinia())
app.use(createAppRouter())
app.use(createAppState())
app.mount('#app')
