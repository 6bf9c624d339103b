import { defineConfig } from 'vitest/config'

// One host and one browser at a time: the scenarios share the host, and the machine is small.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.js'],
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
