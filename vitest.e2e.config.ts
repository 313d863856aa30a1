import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (playwright-core) against the production build in dist/. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: CI has two cores.
    fileParallelism: false,
  },
})
