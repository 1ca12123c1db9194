#!/usr/bin/env node
// Runs the end-to-end tests when a Chromium is available. In CI a missing Chromium is an error;
// on a developer machine it is a loud skip, so unit tests stay usable without a browser.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  if (process.env.CI === 'true') {
    console.error(
      'e2e: no Chromium found (looked at $CHROME_PATH, /usr/bin/chromium). CI needs it: apt-get install -y chromium',
    );
    process.exit(1);
  }
  console.warn(
    '\n!!! e2e: SKIPPED — no Chromium found. Install it (apt-get install -y chromium) or set CHROME_PATH. !!!\n',
  );
  process.exit(0);
}
const r = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
