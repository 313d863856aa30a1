/**
 * Scrolling back to where a reader was only works once the page is that tall
 * again, and pages fill from IndexedDB after they mount: the scroll waits for
 * the height, a frame at a time, and gives up (scrolling as far as it can) after
 * a while, for a page that has become shorter since.
 */
const PATIENCE_MS = 3000

const scrollableHeight = () => document.documentElement.scrollHeight - window.innerHeight

/** Resolves once the page can scroll to `top`, or after PATIENCE_MS. */
export function whenScrollableTo(top: number, patienceMs = PATIENCE_MS): Promise<void> {
  return new Promise((resolve) => {
    const giveUpAt = performance.now() + patienceMs
    const check = () => {
      if (scrollableHeight() >= top || performance.now() >= giveUpAt) resolve()
      else requestAnimationFrame(check)
    }
    check()
  })
}
