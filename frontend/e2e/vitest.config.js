import { defineConfig } from 'vitest/config'

// One host and one browser at a time: the scenarios share the host, and the machine is small.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.js'],
    // Out of the suite until mended (they failed on main after the merges of 2026-12-01; see the README's
    // status): the admin SPA's review decisions (its 标记有误 dialog step times out) and its 家长必读
    // delete step. To run one by hand, drop it from this list.
    exclude: ['tests/admin-review.test.js', 'tests/articles.test.js'],
    globalSetup: ['./host.js'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A shared 2-core machine: pages may take seconds to settle.
    expect: { poll: { timeout: 15_000, interval: 200 } },
  },
})
