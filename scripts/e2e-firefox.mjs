#!/usr/bin/env node
// Runs the Firefox end-to-end tests when Firefox is installed. In CI a missing Firefox is an error;
// on a developer machine it is a loud skip, as for Chromium.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p) => p && existsSync(p),
);
if (!firefox) {
  if (process.env.CI === 'true') {
    console.error(
      'e2e (Firefox): no Firefox found (looked at $FIREFOX_PATH, /usr/bin/firefox-esr). CI needs it: apt-get install -y firefox-esr',
    );
    process.exit(1);
  }
  console.warn(
    '\n!!! e2e (Firefox): SKIPPED — no Firefox found. Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH. !!!\n',
  );
  process.exit(0);
}
const r = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FIREFOX_PATH: firefox },
});
process.exit(r.status ?? 1);
