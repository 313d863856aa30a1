import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/browser'
import { serve } from '../tests/e2e/support/site'
const site = await serve(process.argv[2] ?? '/tmp/mydist')
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] })
const result = await lighthouse(`${site.url}${process.argv[3] ?? '/countries/mongolia'}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
const lhr = result!.lhr
console.log('perf', lhr.categories.performance?.score)
for (const id of ['first-contentful-paint','largest-contentful-paint','total-blocking-time','speed-index','cumulative-layout-shift','interactive']) console.log(id, lhr.audits[id]?.displayValue)
const show = (id: string, n = 12) => { const d = lhr.audits[id]?.details as any; console.log('==', id, lhr.audits[id]?.displayValue); for (const it of (d?.items ?? []).slice(0, n)) console.log('  ', JSON.stringify(it).slice(0, 220)) }
show('long-tasks'); show('bootup-time'); show('mainthread-work-breakdown'); show('largest-contentful-paint-element', 3); show('network-requests', 30)
chrome.kill(); await site.close()
