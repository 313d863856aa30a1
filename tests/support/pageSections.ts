/** Finds parts of a mounted page the way a reader does: by their headings. */
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'

/** The `<section>` whose h2 starts with `headingStart`; fails with the headings the page has instead. */
export function sectionByHeading(wrapper: VueWrapper, headingStart: string): DOMWrapper<Element> {
  const sections = wrapper.findAll('section')
  const found = sections.find((section) => section.find('h2').exists() && section.find('h2').text().startsWith(headingStart))
  if (!found) {
    const headings = wrapper.findAll('h2').map((heading) => heading.text())
    throw new Error(`No section headed "${headingStart}…". Headings: ${JSON.stringify(headings)}`)
  }
  return found
}

/** Link texts and targets, in page order. */
export function linksIn(element: DOMWrapper<Element> | VueWrapper): { text: string; href: string | undefined }[] {
  return element.findAll('a').map((link) => ({ text: link.text(), href: link.attributes('href') }))
}

/** Titles of the release items shown, in page order. */
export function releaseTitles(element: DOMWrapper<Element> | VueWrapper): string[] {
  return element.findAll('article h3').map((heading) => heading.text())
}
