/**
 * A Vite plugin that carries scripts/site-headers.ts into the build, so any static host serves the app
 * with its policy: the Content-Security-Policy as a `<meta>` in index.html (without the directives a meta
 * tag cannot carry), and a Netlify-style `_headers` file with the full headers and the caching rules.
 * Build only: the dev server injects its CSS as inline `<style>` elements, which the policy refuses.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY, netlifyHeaders } from './site-headers.ts'

const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i

/**
 * index.html with the policy's meta tag right after `<meta charset>`: before any script or style, since a
 * meta policy governs only what follows it, and after the charset, which must stay in the first 1024 bytes.
 */
export function withCspMeta(html: string): string {
  const charset = CHARSET_META.exec(html)
  if (!charset) throw new Error('site-headers: index.html has no <meta charset="…">; the Content-Security-Policy meta tag goes right after it, before any script. Add one at the top of <head>.')
  const content = META_CONTENT_SECURITY_POLICY.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />${html.slice(at)}`
}

/** Every file under `root` as a URL path (`/assets/index-abc.js`). */
export function urlPathsUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
}

export function siteHeaders(): Plugin {
  let outDir = 'dist'
  return {
    name: 'osce-site-headers',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: { order: 'post', handler: withCspMeta },
    // After vite-plugin-pwa has written sw.js in its own closeBundle, so that the file gets its rule too.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        writeFileSync(join(outDir, '_headers'), netlifyHeaders(urlPathsUnder(outDir)))
      },
    },
  }
}
