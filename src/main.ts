/**
 * The app's entry, kept tiny on purpose. On a first visit the content's manifest
 * is on the critical path to anything worth reading, so the sync worker starts
 * (and asks for it) before the rest of the app's code has downloaded; then the
 * app itself loads (./app.ts: Vue, the router, the stores, the first page).
 */
import { syncWorker } from './sync/worker-start'
// The app's styles stay with the entry, so they are a stylesheet of index.html: the boot screen's first paint is styled.
import './styles/base.css'

syncWorker()
void import('./app')
