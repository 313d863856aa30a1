import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { createSharedTaxonomy } from '@/composables/useTaxonomy'
import { installContent } from '../support/seedContent'

let started: ReturnType<typeof createSharedTaxonomy> | undefined

function start() {
  started = createSharedTaxonomy()
  return started.shared
}

describe('shared taxonomy', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })
  afterEach(() => started?.stop())

  it('tells "not read yet" from "nothing installed": loading, then empty, never loading for ever', async () => {
    const { status, taxonomy } = start()
    expect(status.value).toBe('loading')
    await vi.waitFor(() => expect(status.value).toBe('empty'))
    expect(taxonomy.value).toBeNull()
  })

  it('becomes ready, live, when the first install writes the menus', async () => {
    const { status, taxonomy } = start()
    await vi.waitFor(() => expect(status.value).toBe('empty'))
    await installContent()
    await vi.waitFor(() => expect(status.value).toBe('ready'))
    expect(taxonomy.value?.children('countries').map((node) => node.id).slice(0, 4)).toEqual(['countries-all', 'participating-states', 'asian-partners', 'mediterranean-partners'])
  })

  it('walks a node up to the top of the menu', async () => {
    await installContent()
    const { taxonomy } = start()
    await vi.waitFor(() => expect(taxonomy.value).not.toBeNull())
    const mission = taxonomy.value?.byId.get('special-monitoring-mission-to-ukraine')
    if (!mission) throw new Error('no mission node')
    expect(taxonomy.value?.ancestors(mission).map((node) => node.id)).toEqual(['structures-and-institutions', 'field-operations', 'closed-field-activities'])
  })
})
