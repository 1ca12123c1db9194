import type { TopicPack } from '../../lib/topic/schema';
import { conflicts } from './conflicts';
import { facts } from './facts';
import { figures } from './figures';
import { history, recordAsOf, recordFigures, records } from './history';
import { sources } from './sources';
import { timeline } from './timeline';
import { topic } from './topic';

/** The curated MPP pack. Checked against the seeds by tests/unit/pack.test.ts (validatePack). */
export const mppPack: TopicPack = {
  version: 2,
  asOf: recordAsOf,
  records,
  history,
  topic,
  sources,
  facts,
  figures: [...figures, ...recordFigures],
  conflicts,
  timeline,
};
