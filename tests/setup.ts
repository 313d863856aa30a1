import 'fake-indexeddb/auto'
import { afterEach } from 'vitest'

// The lengths of expanded lists live in sessionStorage (src/router/listMemory.ts): each test starts with none.
afterEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
})
