import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium against the fixture site. One build per
// run (global setup); each test file launches its own browser profile.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    environment: 'node',
  },
});
