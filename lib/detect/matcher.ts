/**
 * The matcher (matcher-core.ts) with the prefilter (prefilter.ts), which skips blocks no alias
 * can be in before folding them: for whole documents (scanRoot, the CLI, tests). The reader's
 * page scan picks its blocks with the pivots and builds its matcher from matcher-core.ts alone.
 */
import { createMatcherCore, type Matcher, type MatcherOptions } from './matcher-core';
import { RARE_LATIN, buildBlockFilter } from './prefilter';

export * from './matcher-core';
export { scanRoot, type ScanHit, type ScanOptions } from './scan-root';

export function createMatcher(
  topics: Parameters<typeof createMatcherCore>[0],
  options: MatcherOptions = {},
): Matcher {
  return createMatcherCore(
    topics,
    options,
    options.prefilter === false ? null : { build: buildBlockFilter, rareLatin: RARE_LATIN },
  );
}
