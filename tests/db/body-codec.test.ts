import { describe, expect, it } from 'vitest'
import { packBody, unpackBody, type StoredBody } from '@/db/body-codec'

const PARAGRAPHS = ['ULAANBAATAR, 6 July 2017 – A two-day seminar on community policing opened today.', 'Ends «»—“quotes” and ü.']

describe('stored bodies', () => {
  it('come back exactly as written', () => {
    expect(unpackBody(packBody('2017-07-06-x', PARAGRAPHS))).toEqual(PARAGRAPHS)
  })

  it('give no paragraphs for a missing or malformed row instead of breaking the page', () => {
    expect(unpackBody(undefined)).toEqual([])
    const malformed = { id: 'bad', body: 'not a list' } as unknown as StoredBody
    expect(unpackBody(malformed)).toEqual([])
  })
})
