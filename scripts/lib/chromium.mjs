// Finds Chromium and launches it with the built extension loaded, as the e2e tests, the demo and
// the benchmark all need. playwright-core drives the system Chromium; it never downloads a browser.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const chromeBuild = join(repoRoot, '.output/chrome-mv3');

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

// The closed network refuses Chromium's background connections; these flags keep it quiet.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * @param {{ headless?: boolean, extension?: string | null, viewport?: {width:number,height:number}, worker?: boolean }} [opts]
 * `worker: false` for an extension without a service worker (the benchmark's references).
 */
export async function launchWithExtension(opts = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH');
  const extension = opts.extension === undefined ? chromeBuild : opts.extension;
  const userDataDir = mkdtempSync(join(tmpdir(), 'mpp-context-profile-'));
  const args = [...chromiumFlags];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: headless ? [...args, '--headless=new'] : args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  let extensionId = null;
  if (extension && opts.worker !== false) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, userDataDir };
}
