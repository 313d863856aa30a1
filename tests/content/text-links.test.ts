import { splitLinks } from '@/content/text-links'

describe('splitLinks', () => {
  it('links a www address and an e-mail address, leaving the full stop outside', () => {
    expect(splitLinks('See www.osce.org/odihr or write to pressoffice@odihr.pl.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'web', text: 'www.osce.org/odihr', href: 'https://www.osce.org/odihr' },
      { kind: 'text', text: ' or write to ' },
      { kind: 'email', text: 'pressoffice@odihr.pl', href: 'mailto:pressoffice@odihr.pl' },
      { kind: 'text', text: '.' },
    ])
  })

  it('leaves a closing bracket and full stop out of an address in brackets', () => {
    expect(splitLinks('The Mission (https://www.osce.org/mission-to-moldova).')).toEqual([
      { kind: 'text', text: 'The Mission (' },
      { kind: 'web', text: 'https://www.osce.org/mission-to-moldova', href: 'https://www.osce.org/mission-to-moldova' },
      { kind: 'text', text: ').' },
    ])
  })

  it('keeps brackets that belong to the address and a query string whole', () => {
    expect(splitLinks('Read https://en.wikipedia.org/wiki/OSCE_(organization), then https://example.org/a?b=1&c=2, please')).toEqual([
      { kind: 'text', text: 'Read ' },
      { kind: 'web', text: 'https://en.wikipedia.org/wiki/OSCE_(organization)', href: 'https://en.wikipedia.org/wiki/OSCE_(organization)' },
      { kind: 'text', text: ', then ' },
      { kind: 'web', text: 'https://example.org/a?b=1&c=2', href: 'https://example.org/a?b=1&c=2' },
      { kind: 'text', text: ', please' },
    ])
  })

  it('keeps markup and other schemes as text', () => {
    const hostile = 'Click <script>alert(1)</script> or <a href="javascript:alert(2)">here</a> at ftp://files.osce.org today'
    expect(splitLinks(hostile)).toEqual([{ kind: 'text', text: hostile }])
  })

  it('does not cut an address out of markup around it', () => {
    expect(splitLinks('<b>http://osce.org</b>')).toEqual([
      { kind: 'text', text: '<b>' },
      { kind: 'web', text: 'http://osce.org', href: 'http://osce.org/' },
      { kind: 'text', text: '</b>' },
    ])
  })

  it('returns a paragraph without addresses as one text piece, and nothing for an empty one', () => {
    expect(splitLinks('ULAANBAATAR, 6 July 2017 – The OSCE held a seminar.')).toEqual([
      { kind: 'text', text: 'ULAANBAATAR, 6 July 2017 – The OSCE held a seminar.' },
    ])
    expect(splitLinks('')).toEqual([])
  })

  it('ignores a lone "@" or a scheme without a host', () => {
    expect(splitLinks('Follow @OSCE and see https:// later')).toEqual([{ kind: 'text', text: 'Follow @OSCE and see https:// later' }])
  })
})
