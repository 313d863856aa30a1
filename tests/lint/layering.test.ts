/** The layering rules in eslint.config.js catch each kind of violation (and leave allowed imports alone). */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals').map((message) => `${message.line}:${message.ruleId}`)
}

describe('layering lint', () => {
  it('keeps src/content free of Vue, Dexie, the database, the app and the DOM', async () => {
    const code = [
      "import { ref } from 'vue'",
      "import Dexie from 'dexie'",
      "import { db } from '../db/database'",
      "import { PATHS } from '@/router/paths'",
      "import { slugify } from './text'",
      'export const used = [ref, Dexie, db, PATHS, slugify, document.title]',
    ].join('\n')
    expect(await restrictedImports('src/content/layering-probe.ts', code)).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
      '6:no-restricted-globals',
    ])
  }, 30_000)

  it('lets only src/db import Dexie, and keeps Vue out of src/db', async () => {
    expect(await restrictedImports('src/composables/layeringProbe.ts', "import Dexie from 'dexie'\nexport const used = Dexie\n")).toEqual(['1:no-restricted-imports'])
    expect(await restrictedImports('src/db/layering-probe.ts', "import Dexie from 'dexie'\nexport const used = Dexie\n")).toEqual([])
    expect(await restrictedImports('src/db/layering-probe.ts', "import { toRaw } from 'vue'\nexport const used = toRaw\n")).toEqual(['1:no-restricted-imports'])
  }, 30_000)

  it('keeps the worker layers (sync, search, userdata) free of Vue and the UI', async () => {
    const code = ["import { ref } from 'vue'", "import { useContentSyncStore } from '@/stores/contentSync'", "import { readInstallState } from '@/db/install'", 'export const used = [ref, useContentSyncStore, readInstallState]'].join('\n')
    expect(await restrictedImports('src/sync/layering-probe.ts', code)).toEqual(['1:no-restricted-imports', '2:no-restricted-imports'])
    expect(await restrictedImports('src/search/layering-probe.ts', code)).toEqual(['1:no-restricted-imports', '2:no-restricted-imports'])
    expect(await restrictedImports('src/userdata/layering-probe.ts', code)).toEqual(['1:no-restricted-imports', '2:no-restricted-imports'])
    expect(await restrictedImports('src/userdata/layering-probe.ts', "import Dexie from 'dexie'\nexport const used = Dexie\n")).toEqual(['1:no-restricted-imports'])
  }, 30_000)

  it('lets components read the database but not write to it', async () => {
    const code = [
      "import { readSetting, writeSetting } from '@/db/settings'",
      "import { latestReleases } from '@/db/content'",
      'export const used = [readSetting, writeSetting, latestReleases]',
    ].join('\n')
    expect(await restrictedImports('src/components/layering-probe.ts', code)).toEqual(['1:no-restricted-imports'])
  }, 30_000)
})
