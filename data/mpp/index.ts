import type { TopicPack } from '../../lib/topic/schema';
import { conflicts } from './conflicts';
import { facts } from './facts';
import { figures } from './figures';
import { sources } from './sources';
import { timeline } from './timeline';
import { topic } from './topic';

/** The curated MPP pack. Checked against the seeds by tests/unit/pack.test.ts (validatePack). */
export const mppPack: TopicPack = { version: 1, topic, sources, facts, figures, conflicts, timeline };
