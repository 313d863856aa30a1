/** Stand-ins for the browser's Web Share API and clipboard in component tests, put back after each test. */
import { afterEach, beforeEach, vi } from 'vitest'

type StubbedMember = 'share' | 'canShare' | 'clipboard'

const restores: (() => void)[] = []

afterEach(() => {
  while (restores.length) restores.pop()?.()
})

/** Replaces one of the navigator's members until the end of the current test. */
export function stubNavigator(name: StubbedMember, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(navigator, name)
  Object.defineProperty(navigator, name, { configurable: true, value })
  restores.push(() => {
    if (own) Object.defineProperty(navigator, name, own)
    else Reflect.deleteProperty(navigator, name)
  })
}

/** Call at the top of a test file: each test starts with a stub clipboard, and `texts` holds what it was given. */
export function captureClipboard(): { readonly texts: readonly string[] } {
  let texts: string[] = []
  beforeEach(() => {
    texts = []
    const write = vi.fn(async (items: ClipboardItem[]) => {
      for (const item of items) texts.push(await (await item.getType('text/plain')).text())
    })
    stubNavigator('clipboard', { write, writeText: vi.fn(), readText: vi.fn() })
  })
  return {
    get texts() {
      return texts
    },
  }
}
