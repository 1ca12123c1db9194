import type { Source } from '../../lib/topic/schema';
import { S000, S001, S002, S003, S004 } from './seed-files';

/**
 * One entry per seed. `pageDate` is what the page prints; `eventsDate` is when the reported events
 * happened, argued from the text because two pages print dates years after their events.
 */
export const sources: Source[] = [
  {
    seed: S000,
    outlet: 'CBS News',
    title: 'Mexico offers to send asylum seekers turned away by U.S. back to home countries',
    lang: 'en',
    pageDate: null,
    // The tariff deal was struck in June 2019, so "earlier last month" puts the article in July 2019.
    eventsDate: '2019-07',
    eventsDateEvidence: {
      seed: S000,
      quote:
        "Under the\u00a0agreement\u00a0reached by the U.S. and Mexico earlier last month to avert President Trump's threats to impose tariffs on Mexican goods",
    },
    summary:
      'Mexico launches a "Temporary Program of Voluntary Returns" busing migrants made to wait in Mexico under ' +
      '"Remain in Mexico" back to Central America; the first bus of 69 left Chihuahua. Reports more than 16,500 ' +
      'migrants made to wait in Mexico so far. No date on the page.',
  },
  {
    seed: S001,
    outlet: 'Mexico News Daily',
    title: 'Mexico rejects US plan to extend ‘stay in Mexico’ policy for asylum seekers',
    lang: 'en',
    pageDate: '2026-01-16',
    // López Obrador took office on 1 December 2018; his 100-day report fell in March 2019.
    eventsDate: '2019-03',
    eventsDateEvidence: {
      seed: S001,
      quote:
        'Delivering a report Monday to outline his government’s achievements during its first 100 days in office',
    },
    summary:
      "Mexico's foreign ministry rejects the US extension of MPP from San Ysidro to Mexicali–Calexico as a unilateral " +
      'measure, yet accepts the returned migrants for humanitarian reasons; only 240 returned so far. The page shows ' +
      'January 16, 2026 (apparently taken from its 2026 sidebar stories), but the events are from March 2019.',
  },
  {
    seed: S002,
    outlet: null,
    title:
      'Mexico says there is “no formal agreement between Mexico and the U.S.” concerning the “Remain in Mexico” Policy',
    lang: 'en',
    pageDate: '2024-05-28',
    // 002 has no absolute date of its own; the Mexicali–Calexico extension it reports happened in March 2019,
    // and its text is a shortened copy of 001.
    eventsDate: '2019-03',
    eventsDateEvidence: {
      seed: S002,
      quote:
        'began earlier this year at the San Ysidro border crossing between Tijuana and San Diego, and will now extend to the crossing between Mexicali and Calexico',
    },
    summary:
      'A shortened, retitled copy of the Mexico News Daily story (001) with no outlet named, dated May 28, 2024, ' +
      'although it describes the March 2019 extension of MPP to Mexicali–Calexico.',
  },
  {
    seed: S003,
    outlet: null,
    title: 'Sheinbaum says Mexico has not agreed to accept non-Mexican asylum seekers under revived MPP',
    titleIsOurs: true,
    lang: 'en',
    pageDate: null,
    // Trump's second inauguration was Monday 20 January 2025.
    eventsDate: '2025-01',
    eventsDateEvidence: { seed: S003, quote: 'On Monday, Trump returned to the White House' },
    summary:
      'President Sheinbaum says Mexico has not consented to the reinstated "Remain in Mexico" program and will only ' +
      'offer humanitarian help, days after Trump returned to office. No outlet, headline or date on the page; ' +
      'byline Melissa Enoch.',
  },
  {
    seed: S004,
    outlet: 'NBC News',
    title: 'U.S. to send some Mexican asylum seekers to Guatemala',
    lang: 'en',
    pageDate: null,
    // Honduras and El Salvador signed their deals in 2019 ("last year"), so the article is from 2020; the
    // Guatemalan government that signed in July 2019 left office in January 2020 ("outgoing").
    eventsDate: '2020-01',
    eventsDateEvidence: {
      seed: S004,
      quote: 'The administration made similar deals with Honduras and El Salvador last year.',
    },
    summary:
      'DHS confirms Mexicans seeking asylum can be sent to Guatemala under the Guatemala Asylum Cooperative ' +
      'Agreement — a neighbouring policy, not MPP. Mexico objects; around 900 applicants could be affected.',
  },
];
