/**
 * Pack versions for sync tests, made from the seed page: v1 has the seed and three
 * releases in months of their own; v2 edits one, removes one and adds three in May
 * 2019; v3 adds 600 long ones to v1 in one month (about 5 MB that no compressor shrinks: an update too big for a small disk).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface PageText {
  file: string
  text: string
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const seedText = () => readFileSync(resolve('content/pages/2017-07-06-mongolia-verlt.txt'), 'utf8')

/** The seed page with its own title number, dateline date and an extra paragraph. */
function variant(index: number, isoDate: string, sentence = `Paragraph of release ${index}.`): PageText {
  const [year, month, day] = isoDate.split('-').map(Number)
  const text = seedText()
    .replace('OSCE organizes first seminar', `OSCE organizes seminar number ${index}`)
    .replace(/ULAANBAATAR, 6 July 2017([^\n]*)\n/, `ULAANBAATAR, ${day} ${MONTHS[(month ?? 1) - 1]} ${year}$1\n${sentence}\n`)
  return { file: `content/pages/variant-${index}.txt`, text }
}

/** The seed and `count` more Mongolia releases, one a day from 1 January 2021: lists longer than a page of 20. */
export function manyMongoliaReleases(count: number): PageText[] {
  const day = (index: number) => new Date(Date.UTC(2021, 0, 1 + index)).toISOString().slice(0, 10)
  return [{ file: 'content/pages/seed.txt', text: seedText() }, ...Array.from({ length: count }, (_, index) => variant(index + 1, day(index)))]
}

export function pagesOfVersion(version: 1 | 2 | 3): PageText[] {
  const seed = { file: 'content/pages/seed.txt', text: seedText() }
  const a = variant(1, '2018-01-10', version === 2 ? 'The corrected version of this release.' : 'The first version of this release.')
  const b = variant(2, '2018-02-10')
  const c = variant(3, '2018-03-10')
  if (version === 2) return [seed, a, c, variant(10, '2019-05-01'), variant(11, '2019-05-02'), variant(12, '2019-05-03')]
  const v1 = [seed, a, b, c]
  if (version === 1) return v1
  // Text that no compressor shrinks (hex digests), so the update really needs its bytes on disk.
  const noise = (index: number) => Array.from({ length: 120 }, (_, part) => sha256(`${index}:${part}`)).join(' ')
  return [...v1, ...Array.from({ length: 600 }, (_, index) => variant(100 + index, `2020-03-${String((index % 28) + 1).padStart(2, '0')}`, noise(index)))]
}
