import { describe, expect, it } from 'vitest'
import { packBody, unpackBody } from '@/db/body-codec'

const PARAGRAPHS = ['ULAANBAATAR, 6 July 2017 – A two-day seminar on community policing opened today.', 'Participants from Mongolia’s police and civil society took part. '.repeat(12), 'Ends «»—“quotes” and ü.']

describe('stored bodies', () => {
  it('come back exactly as written, smaller than the JSON they hold', () => {
    const stored = packBody('2017-07-06-x', PARAGRAPHS)
    expect(unpackBody(stored)).toEqual(PARAGRAPHS)
    expect('packed' in stored && stored.packed.byteLength).toBeLessThan(new TextEncoder().encode(JSON.stringify(PARAGRAPHS)).byteLength / 3)
  })

  it('read rows written before compression as they are', () => {
    expect(unpackBody({ id: 'old', body: ['One paragraph.'] })).toEqual(['One paragraph.'])
  })

  it('give no paragraphs for a missing or damaged row instead of breaking the page', () => {
    expect(unpackBody(undefined)).toEqual([])
    expect(unpackBody({ id: 'bad', packed: new Uint8Array([1, 2, 3, 250]) })).toEqual([])
  })
})
