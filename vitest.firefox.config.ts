import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR over WebDriver BiDi: the Firefox MV3 build against the fixture site.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    environment: 'node',
  },
});
