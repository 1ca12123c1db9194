/**
 * The reader's Scanner (see PageMentions): the page scan (lib/detect/page-scan.ts), remembering
 * which topics the page has established so that content added later, scanned alone, counts short
 * forms ("MPP") as the whole page would.
 */
import type { Matcher } from '../detect/matcher';
import type { ScanHit } from '../detect/scan-root';
import { scanPage, scanPageSliced } from '../detect/page-scan';
import type { PivotChoice } from '../detect/pivot-template';
import type { Scanner } from './page-mentions';

export function createPageScanner(matcher: Matcher, pivots: PivotChoice): Scanner {
  const established = new Set<string>();
  const learn = (hits: ScanHit[] | null) => {
    for (const h of hits ?? []) if (h.establishes) established.add(h.topic);
    return hits;
  };
  return {
    reset: () => established.clear(),
    scan: (roots) => learn(scanPage(roots, matcher, pivots, { established }))!,
    scanSliced: async (roots, pause, onBatch) =>
      learn(await scanPageSliced(roots, matcher, pivots, pause, { established, onBatch })),
  };
}
