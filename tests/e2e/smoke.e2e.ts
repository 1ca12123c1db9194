import { describe, expect, it } from 'vitest';
import { seedPages, useExtension } from './harness';

describe('the built extension in Chromium', () => {
  const h = useExtension();

  it('loads, registers its service worker, and serves its side panel page', async () => {
    h.screenshotOnFailure('smoke');
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await h.open(seedPages['001']);
    expect(await page.title()).toContain('stay in Mexico');
    const sidebar = await h.openSidebar(page);
    expect(await sidebar.title()).toBe('MPP Context');
  });
});
