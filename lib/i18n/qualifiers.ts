import type { Qualifier } from '../topic/schema';
import type { Lang } from './lang';

/** How a figure's qualifier reads before its number ("more than 16,500"), shared by popover and sidebar. */
export const QUALIFIER_LABELS: Record<Lang, Record<Qualifier, string>> = {
  en: {
    exact: 'exactly',
    'more-than': 'more than',
    nearly: 'nearly',
    around: 'around',
    only: 'only',
    'at-least': 'at least',
    'fewer-than': 'fewer than',
  },
  es: {
    exact: 'exactamente',
    'more-than': 'más de',
    nearly: 'casi',
    around: 'alrededor de',
    only: 'solo',
    'at-least': 'al menos',
    'fewer-than': 'menos de',
  },
};
