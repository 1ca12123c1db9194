/**
 * The popover's status line on pages dated in each era of the policy: what a reader of a 2022
 * article must not be told is "ended in 2021".
 */
import { describe, expect, it } from 'vitest';
import { clickInPopover, waitInPopover } from './popover-access';
import { useExtension } from './harness';
import { mentionPoint, popoverQuery, waitForHighlights, waitForPopoverOpen } from './page-helpers';

describe('status on the page’s date', () => {
  const h = useExtension();
  const eras: Array<[string, RegExp]> = [
    ['2019', /On this page’s date \(1 Jun 2019\): in operation.*since 28 Jan 2019/],
    [
      '2020',
      /On this page’s date \(1 Jun 2020\): in operation.*since 28 Jan 2019.*around 60,000 returned by March 2020/,
    ],
    ['2021', /On this page’s date \(1 Mar 2021\): new enrolments suspended.*since 21 Jan 2021/],
    ['2022', /On this page’s date \(1 Mar 2022\): in operation.*since 6 Dec 2021/],
    ['2025', /On this page’s date \(1 Feb 2025\): revival ordered.*since 20 Jan 2025/],
    [
      '2026',
      /On this page’s date \(20 Nov 2026\): revival ordered.*since 20 Jan 2025.*the sources end on 30 Jan 2025/,
    ],
  ];
  for (const [year, expected] of eras) {
    it(`gives a page dated in ${year} the status of its own date, with sources`, async () => {
      h.screenshotOnFailure(`status-${year}`);
      const page = await h.open(`pages/era-${year}.html`);
      await waitForHighlights(page, 1);
      const p = await mentionPoint(page, 0);
      await page.mouse.move(p.x, p.y);
      await waitForPopoverOpen(page);
      const status = (await popoverQuery(page, 'status-lines')).join(' ');
      expect(status).toMatch(expected);
      expect(status).not.toMatch(/ended in 2021/);
      await clickInPopover(page, 'status-records-toggle');
      await waitInPopover(page, (root) => !!root?.querySelector('[data-testid=status-record]'));
      const records = await popoverQuery(page, 'status-record');
      // Each record: publisher, title, date and a link.
      for (const r of records) expect(r).toMatch(/, “.+”, \d{1,2} \w{3} \d{4}\./);
      if (year === '2022') await page.screenshot({ path: 'test-results/popover-2022.png' });
      await page.close();
    });
  }
});
