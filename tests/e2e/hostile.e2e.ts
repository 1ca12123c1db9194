/**
 * What a page can learn about the extension or make it do (issue 14): each case is tried the way
 * a hostile page's own scripts would, in the page's main world.
 */
import { describe, expect, it } from 'vitest';
import { seedPages, useExtension } from './harness';
import { mentionPoint, waitForHighlights, waitForPopoverOpen } from './page-helpers';

describe('a hostile page in Chromium', () => {
  const h = useExtension();

  it('cannot fetch the extension’s scripts to learn that it is installed, while the reader and popover still load', async () => {
    h.screenshotOnFailure('hostile-fingerprint');
    const page = await h.open(seedPages['001']);
    await waitForHighlights(page, 5);
    const probe = await page.evaluate(async (id) => {
      const out: Record<string, string> = {};
      for (const file of ['reader-core.js', 'popover-ui.js', 'gate.js', 'manifest.json']) {
        try {
          out[file] = String((await fetch(`chrome-extension://${id}/${file}`)).status);
        } catch {
          out[file] = 'refused';
        }
      }
      return out;
    }, h.extensionId);
    expect(probe).toEqual({
      'reader-core.js': 'refused',
      'popover-ui.js': 'refused',
      'gate.js': 'refused',
      'manifest.json': 'refused',
    });
    // The popover's script comes through the same door.
    const at = await mentionPoint(page, 0);
    await page.mouse.move(at.x, at.y);
    await waitForPopoverOpen(page);
    await page.close();
  });

  it('sees no event from the reader on its document, and cannot stop the reader with one', async () => {
    h.screenshotOnFailure('hostile-events');
    const page = await h.context.newPage();
    // The event name an earlier version announced its reader with, known to this page.
    const started = `${h.extensionId}:mpp-reader-started`;
    await page.addInitScript((name) => {
      const w = window as unknown as { heard: number };
      w.heard = 0;
      document.addEventListener(name, () => w.heard++);
    }, started);
    await page.goto(`${h.baseUrl}/${seedPages['001']}`);
    const before = await waitForHighlights(page, 5);
    expect(await page.evaluate(() => (window as unknown as { heard: number }).heard)).toBe(0);
    await page.evaluate((name) => {
      document.dispatchEvent(new Event(name));
      const p = document.createElement('p');
      p.textContent = 'Officials said the Remain in Mexico program would restart on Monday.';
      document.body.append(p);
    }, started);
    // Still running: the added mention is found.
    expect(await waitForHighlights(page, before + 1)).toBeGreaterThan(before);
    await page.close();
  });
});
