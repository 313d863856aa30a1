/**
 * Finds web and e-mail addresses in a paragraph of release text, so the view can
 * make them links as Vue nodes. Everything that is not an address stays text,
 * so markup in content is never interpreted.
 */
export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'web' | 'email'; text: string; href: string }

// A web address starts with a scheme or "www."; an e-mail address needs a dotted domain.
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\b/giu

// Sentence punctuation that follows an address is not part of it.
const TRAILING = /[.,;:!?"'’”»]+$/u

/** Drops trailing punctuation and a closing bracket the address did not open. */
function trimAddress(candidate: string): string {
  let address = candidate.replace(TRAILING, '')
  while (address.endsWith(')') && count(address, ')') > count(address, '(')) {
    address = address.slice(0, -1).replace(TRAILING, '')
  }
  return address
}

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

function webHref(address: string): string | null {
  const withScheme = /^https?:\/\//iu.test(address) ? address : `https://${address}`
  try {
    const url = new URL(withScheme)
    return url.hostname.includes('.') ? url.href : null
  } catch {
    return null
  }
}

function linkFor(address: string): TextPiece | null {
  if (address.includes('@') && !/^(?:https?:\/\/|www\.)/iu.test(address)) {
    return { kind: 'email', text: address, href: `mailto:${address}` }
  }
  const href = webHref(address)
  return href ? { kind: 'web', text: address, href } : null
}

/** The paragraph cut into text and addresses, in order; joined back, the pieces' text is the paragraph. */
export function splitLinks(paragraph: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let textStart = 0
  for (const match of paragraph.matchAll(ADDRESS)) {
    const address = trimAddress(match[0])
    const link = address ? linkFor(address) : null
    if (!link) continue
    if (match.index > textStart) pieces.push({ kind: 'text', text: paragraph.slice(textStart, match.index) })
    pieces.push(link)
    textStart = match.index + address.length
  }
  if (textStart < paragraph.length) pieces.push({ kind: 'text', text: paragraph.slice(textStart) })
  return pieces
}
