import { mppPack } from '../../data/mpp/index';
import { readSeeds } from '../node/seeds';
import type { TopicPack } from '../topic/schema';
import { validatePack } from '../topic/validate';

/** The pack the CLI serves, checked against the seed texts on every load so it never prints a broken pack. */
export function loadPack(): { pack: TopicPack; seeds: Record<string, string> } {
  const seeds = readSeeds();
  return { pack: validatePack(mppPack, seeds), seeds };
}
