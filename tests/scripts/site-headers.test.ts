// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withCspMeta } from '../../scripts/site-headers-plugin'
import { cacheControl, CONTENT_SECURITY_POLICY, IMMUTABLE, META_CONTENT_SECURITY_POLICY, netlifyHeaders, REVALIDATE } from '../../scripts/site-headers'

const README = readFileSync('README.md', 'utf8')

/** The fenced blocks of one language in the README. */
function snippets(language: string): string[] {
  return [...README.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1] ?? '')
}

/** What a host following Netlify's rules sends for `path`: every matching block's headers, a later block overriding. */
function headersFor(file: string, path: string): Record<string, string[]> {
  const headers: Record<string, string[]> = {}
  for (const block of file.split('\n\n')) {
    const [pattern, ...lines] = block.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    if (!pattern) continue
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern
    if (!matches) continue
    for (const line of lines) {
      const [, name = '', value = ''] = /^ {2}([\w-]+): (.*)$/.exec(line) ?? []
      ;(headers[name] ??= []).push(value)
    }
  }
  return headers
}

describe('the site headers', () => {
  it('has the policy npm start has always sent', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    )
  })

  it('gives the meta tag the policy without frame-ancestors, which a meta tag cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  it('puts the meta tag right after <meta charset>, before any script', () => {
    const html = '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <script src="/appearance.js"></script>\n  </head>\n</html>'
    expect(withCspMeta(html)).toBe(
      `<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />\n    <script src="/appearance.js"></script>\n  </head>\n</html>`,
    )
  })

  it('stops the build with a message when index.html has no <meta charset>', () => {
    expect(() => withCspMeta('<html><head><script src="/a.js"></script></head></html>')).toThrow(
      'site-headers: index.html has no <meta charset="…">; the Content-Security-Policy meta tag goes right after it, before any script. Add one at the top of <head>.',
    )
  })

  it('writes a _headers file that gives each file the server’s headers, Cache-Control from one rule only', () => {
    const files = ['/index.html', '/sw.js', '/manifest.webmanifest', '/assets/index-4f2a.js', '/pack/manifest.json', '/pack/releases/2017-07.ee797ae75e76.json', '/workbox-2fbc6a65.js', '/_headers']
    const file = netlifyHeaders(files)
    for (const path of ['/', ...files.filter((path) => path !== '/_headers')]) {
      expect({ path, headers: headersFor(file, path) }).toEqual({
        path,
        headers: {
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
          'X-Content-Type-Options': ['nosniff'],
          'Referrer-Policy': ['no-referrer'],
          'Cache-Control': [cacheControl(path)],
        },
      })
    }
    expect(headersFor(file, '/pack/releases/2017-07.ee797ae75e76.json')['Cache-Control']).toEqual([IMMUTABLE])
    expect(headersFor(file, '/pack/manifest.json')['Cache-Control']).toEqual([REVALIDATE])
    expect(file).not.toContain('/_headers')
  })
})

describe('the README’s host configurations', () => {
  it('sends the same policy from nginx and Caddy', () => {
    const nginx = snippets('nginx').join('\n')
    const caddy = snippets('caddy').join('\n')
    expect([...nginx.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((match) => match[1])).toEqual([CONTENT_SECURITY_POLICY])
    expect([...caddy.matchAll(/header Content-Security-Policy "([^"]*)"/g)].map((match) => match[1])).toEqual([CONTENT_SECURITY_POLICY])
    for (const snippet of [nginx, caddy]) {
      expect(snippet).toMatch(/header X-Content-Type-Options "nosniff"/)
      expect(snippet).toMatch(/header Referrer-Policy "no-referrer"/)
    }
  })

  it('caches in nginx and Caddy as the server does', () => {
    const nginx = snippets('nginx').join('\n')
    const nginxCache = Object.fromEntries([...nginx.matchAll(/location (?:= )?(\S+) \{[^}]*add_header Cache-Control "([^"]*)"; \}/g)].map((match) => [match[1], match[2]]))
    expect(nginxCache).toEqual({
      '/index.html': cacheControl('/index.html'),
      '/sw.js': cacheControl('/sw.js'),
      '/manifest.webmanifest': cacheControl('/manifest.webmanifest'),
      '/pack/manifest.json': cacheControl('/pack/manifest.json'),
      '/assets/': cacheControl('/assets/index-4f2a.js'),
      '/pack/': cacheControl('/pack/releases/2017-07.ee797ae75e76.json'),
    })
    const caddy = snippets('caddy').join('\n')
    const immutablePattern = /@immutable path_regexp (\S+)/.exec(caddy)?.[1] ?? '^$'
    expect(/@revalidated not path_regexp (\S+)/.exec(caddy)?.[1]).toBe(immutablePattern)
    const immutable = new RegExp(immutablePattern)
    expect(/header @immutable Cache-Control "([^"]*)"/.exec(caddy)?.[1]).toBe(IMMUTABLE)
    expect(/header @revalidated Cache-Control "([^"]*)"/.exec(caddy)?.[1]).toBe(REVALIDATE)
    for (const path of ['/', '/index.html', '/sw.js', '/pack/manifest.json', '/pack/releases/2017-07.ee797ae75e76.json', '/pack/releases/2017-07.json', '/assets/index-4f2a.js', '/countries/mongolia']) {
      expect({ path, cache: immutable.test(path) ? IMMUTABLE : REVALIDATE }).toEqual({ path, cache: cacheControl(path) })
    }
  })
})
