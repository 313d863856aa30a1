// @vitest-environment node
import { isoDate, parseDate, parseDateline } from '@/content/dates'

describe('parseDate', () => {
  it.each([
    ['6 July 2017', '2017-07-06'],
    ['July 6, 2017', '2017-07-06'],
    ['2017-07-06', '2017-07-06'],
    ['06.07.2017', '2017-07-06'],
    ['06/07/2017', '2017-07-06'],
    ['  6 July 2017  ', '2017-07-06'],
    ['6 Jul. 2017', '2017-07-06'],
    ['6 Sept 2017', '2017-09-06'],
    ['29 February 2016', '2016-02-29'],
    ['31 December 1999', '1999-12-31'],
    ['1 january 2020', '2020-01-01'],
    // A weekday before, a time after: the day is what counts.
    ['Thursday, 6 July 2017', '2017-07-06'],
    ['6 July 2017, 14:30 CET', '2017-07-06'],
    ['2017-07-06T10:00:00+02:00', '2017-07-06'],
    ['17 October, 2000', '2000-10-17'],
  ])('reads %j as %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso)
  })

  it.each([
    '31 February 2017',
    '29 February 2017',
    '6 Julember 2017',
    '31.04.2017',
    '2017-13-01',
    '2017-00-10',
    '0 July 2017',
    '6 July 1850',
    'July 2017',
    '',
    'yesterday',
  ])('rejects %j', (written) => {
    expect(parseDate(written)).toBeNull()
  })
})

describe('isoDate', () => {
  it('pads month and day and checks the calendar', () => {
    expect(isoDate(2017, 7, 6)).toBe('2017-07-06')
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29')
    expect(isoDate(1900, 2, 29)).toBeNull()
    expect(isoDate(2017, 4, 31)).toBeNull()
    expect(isoDate(2017.5, 4, 1)).toBeNull()
  })
})

describe('parseDateline', () => {
  it('reads the seed dateline', () => {
    expect(parseDateline('ULAANBAATAR, 6 July 2017 - A two-day national seminar on a community-policing approach')).toEqual({
      place: 'ULAANBAATAR',
      date: '6 July 2017',
      day: 6,
      month: 7,
      year: 2017,
    })
  })

  it('reads a joint place and an en dash', () => {
    expect(parseDateline('VIENNA/WARSAW, 1 March 2020 – The OSCE Chairperson-in-Office and ODIHR')).toMatchObject({
      place: 'VIENNA/WARSAW',
      date: '1 March 2020',
    })
  })

  it('reads places with spaces, hyphens, dots and diacritics', () => {
    expect(parseDateline('NEW YORK, 12 December 2019 — Text')).toMatchObject({ place: 'NEW YORK', date: '12 December 2019' })
    expect(parseDateline('JALAL-ABAD, 3 May 2018 - Text')).toMatchObject({ place: 'JALAL-ABAD', date: '3 May 2018' })
    expect(parseDateline('ŠKODRA, 3 May 2018 - Text')).toMatchObject({ place: 'ŠKODRA', date: '3 May 2018' })
  })

  it('reads a span of days as its last day', () => {
    expect(parseDateline('BELGRADE, 26 – 27 November 2014 – The conference closed.')).toEqual({ place: 'BELGRADE', date: '26 – 27 November 2014', day: 27, month: 11, year: 2014 })
  })

  it('finds no dateline in ordinary paragraphs', () => {
    expect(parseDateline('The seminar brought together some 70 participants, including representatives')).toBeNull()
    expect(parseDateline('vienna, 6 July 2017 - lower-case place')).toBeNull()
    // Without a dash the body must go on with a new sentence.
    expect(parseDateline('ULAANBAATAR, 6 July 2017 without a dash')).toBeNull()
    // Without a year it must end in a dash.
    expect(parseDateline('VIENNA, 12 July the talks went on')).toBeNull()
    expect(parseDateline('VIENNA, 12 Julember 2017 - not a month')).toBeNull()
  })
})
