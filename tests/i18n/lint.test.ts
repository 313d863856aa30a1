/** The i18n lint rules in eslint.config.js fire: raw text in a template, a key English lacks, a key missing from a language. */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function i18nProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('@intlify/')).map((message) => `${message.line}:${message.ruleId}`)
}

describe('i18n lint', () => {
  it('flags words typed into a template and keys that do not exist, not punctuation or translated text', async () => {
    const code = [
      '<template>',
      '  <p>Installing releases</p>',
      "  <p>{{ $t('header.menu') }} ({{ count }}) · ×</p>",
      "  <p>{{ $t('header.nonexistent') }}</p>",
      '  <button :aria-label="$t(\'nav.mainMenu\')">{{ $t(\'common.close\') }}</button>',
      '</template>',
    ].join('\n')
    expect(await i18nProblems('src/components/layout/LintProbe.vue', code)).toEqual(['2:@intlify/vue-i18n/no-raw-text', '4:@intlify/vue-i18n/no-missing-keys'])
  }, 30_000)

  it('flags a key that one language has and another lacks', async () => {
    const code = JSON.stringify({ app: { skipToContent: 'Skip', onlyHere: 'Only in this file' } })
    const problems = await i18nProblems('src/i18n/messages/en.json', code)
    expect(problems.some((problem) => problem.endsWith('no-missing-keys-in-other-locales'))).toBe(true)
  }, 30_000)
})
