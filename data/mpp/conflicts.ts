import type { Conflict } from '../../lib/topic/schema';
import { S000, S001, S002, S003, S004 } from './seed-files';

/**
 * Where the seeds disagree, or could mislead a reader who sees one of them alone. Members are fact
 * ids, figure ids or seed file names; the pack validator checks that each one resolves.
 */
export const conflicts: Conflict[] = [
  {
    id: 'did-mexico-agree',
    kind: 'contradiction',
    title: 'Did Mexico agree to "Remain in Mexico"?',
    members: [
      'velasco-no-formal-agreement',
      'sre-rejects-unilateral-measure',
      'contact-is-not-agreement',
      'us-pledged-border-wide-expansion',
      'sheinbaum-has-not-agreed',
      'mexico-consent-required',
    ],
    explanation:
      'Mexico’s foreign ministry called MPP a "unilateral move" with "no formal agreement" (December 2018, repeated ' +
      'March 2019, 001 and 002), and Sheinbaum said in January 2025 that Mexico’s consent "has not been granted" (003). ' +
      'CBS (000) instead describes an agreement between the US and Mexico in June 2019 under which the US pledged to ' +
      'expand "Remain in Mexico" along the entire border. The statements come from different moments, and 000 reports ' +
      'a US pledge inside a tariff deal, not Mexico’s formal consent to MPP; the seeds do not settle whether Mexico ' +
      'ever formally agreed.',
  },
  {
    id: 'adult-men-only-vs-women-and-children',
    kind: 'contradiction',
    title: 'Mexico promised to take only adult men, but took women and children',
    members: ['mexico-promised-adult-men-only', 'mexico-took-women-and-children'],
    explanation:
      'Mexico promised to accept only adult male asylum seekers returned under MPP, yet according to The New York ' +
      'Times (cited by 001) it also took in returned women and children. The only source for the second half is the ' +
      'Times via 001.',
  },
  {
    id: 'public-rejection-vs-practice',
    kind: 'contradiction',
    title: 'Mexico rejects MPP in words but carries it out in practice',
    members: [
      'sre-rejects-unilateral-measure',
      'reject-in-public-accept-in-practice',
      'nyt-mexico-carries-out-trump-agenda',
      'nyt-mexico-blocks-migrants',
      'amlo-avoids-angering-trump',
    ],
    explanation:
      'The SRE says Mexico does not agree with the "unilateral measure", yet Mexico accepts the returned migrants ' +
      '"for humanitarian reasons anyway". The New York Times (1 March 2019, quoted by 001) says Mexican officials are ' +
      'carrying out the Trump administration’s immigration agenda; 001 attributes this to a strategy of not angering Trump.',
  },
  {
    id: 'pages-dated-years-after-events',
    kind: 'misdated',
    title: '001 and 002 print 2026 and 2024 dates but describe March 2019',
    members: [
      S001,
      S002,
      'amlo-100-days',
      'nyt-mexico-carries-out-trump-agenda',
      'only-240-returned-march-2019',
    ],
    explanation:
      '001 shows Friday, January 16, 2026 (apparently the date of its 2026 sidebar stories) and 002 shows Tuesday, May 28, 2024, ' +
      'but both report the March 2019 extension of MPP to Mexicali–Calexico: 001 cites López Obrador’s report on his ' +
      'first 100 days in office (he took office on 1 December 2018) and a New York Times report "on March 1". Read ' +
      'with the printed dates, "only 240 returned" looks current in 2024 or 2026.',
  },
  {
    id: '002-copies-001',
    kind: 'copy',
    title: '002 is a shortened, retitled and redated copy of 001',
    members: [S002, S001, 'truncated-humanitarian-sentence-002', 'mexico-temporary-humanitarian-entry'],
    explanation:
      'Almost every sentence of 002 appears in 001, merged into fewer paragraphs, under a new headline, no outlet and a ' +
      '2024 date. The cut shows: 002 says the SRE "would authorize for humanitarian reasons, and only temporarily." ' +
      'without the object ("the entry of migrants from the United States") that 001 has. The copy relation is ' +
      'computed from the text by the copy detector; this entry documents it.',
  },
  {
    id: 'relative-time-words',
    kind: 'misdated',
    title: '"Last month", "earlier this year", "as of February" depend on the right date',
    members: [
      'crossings-76000-february-2019',
      'mpp-began-at-san-ysidro',
      'mexico-took-women-and-children',
      'tariff-deal-june-2019',
      'similar-deals-honduras-el-salvador',
      'guatemala-transfers-900-mexicans',
    ],
    explanation:
      'The seeds date events relative to an unstated "now": 76,000 crossed "last month" (February 2019), MPP began ' +
      '"earlier this year" (2019), the tariff agreement was "earlier last month" (June 2019), the Honduras and El ' +
      'Salvador deals were "last year" (2019) and 900 applicants are counted "as of February" (presumably 2020). ' +
      'Against a wrong ' +
      'page date, such as 001’s 2026, they point at the wrong year.',
  },
  {
    id: 'nbc-file-photo-date',
    kind: 'misdated',
    title: 'The only date on the NBC page is a 2019 file photo',
    members: [S004, 'nbc-file-photo-june-2019', 'aca-brokered-july-2019'],
    explanation:
      '004 prints no date of its own; the only absolute date on it is the caption of a file photo from El Paso, ' +
      'June 1, 2019. The story itself is from January 2020: the Guatemala agreement was brokered "in July" (2019) ' +
      'with a government that was then "outgoing".',
  },
  {
    id: 'returned-240-then-16500',
    kind: 'series',
    title: 'People returned under MPP: 240 in March 2019, more than 16,500 by July 2019',
    members: ['returned-240-march-2019-001', 'returned-240-march-2019-002', 'made-to-wait-16500-july-2019'],
    explanation:
      'The same quantity counted four months apart: "only 240" returned as of March 2019 (001, repeated by 002) and ' +
      '"more than 16,500" made to wait in Mexico by July 2019 (000). Not a contradiction, but either number alone ' +
      'misleads: "only 240" was badly out of date by mid-2019.',
  },
  {
    id: 'mpp-crossings-expand',
    kind: 'series',
    title: 'Where MPP applied: San Ysidro, then Mexicali, then Ciudad Juárez',
    members: [
      'mpp-began-at-san-ysidro',
      'extension-to-mexicali-calexico',
      'juarez-el-paso-extension-reported',
      'three-border-cities-receive-returns',
      'us-pledged-border-wide-expansion',
    ],
    explanation:
      'MPP started at San Ysidro (Tijuana–San Diego), was extended to Mexicali–Calexico in March 2019 with Ciudad ' +
      'Juárez–El Paso reported as next, covered three border cities by July 2019, and the US had pledged in June 2019 ' +
      'to expand it along the entire border. A page naming one crossing describes one moment.',
  },
  {
    id: 'mpp-status-over-time',
    kind: 'series',
    title: 'MPP launched in 2019, ended in 2021, reinstated in 2025',
    members: ['mpp-launched-2019', 'biden-ended-mpp-2021', 'trump-reinstates-mpp-2025'],
    explanation:
      'Whether MPP is in force depends on the date: launched in 2019, ended by President Biden in 2021, reinstated by ' +
      'Trump in January 2025 (all per 003).',
  },
  {
    id: 'first-bus-not-all-under-mpp',
    kind: 'framing',
    title: '"Nearly 70" on the first bus: 69 people, 66 of them under MPP',
    members: ['first-bus-nearly-70', 'first-bus-69', 'first-bus-66-under-mpp', S000],
    explanation:
      '000 rounds the first voluntary-return bus to "nearly 70" migrants, gives 69 people on board, and says 66 of ' +
      'them were subject to MPP; its headline speaks of "asylum seekers turned away by U.S.", which fits 66 of the ' +
      '69. 40 + 22 + 7 = 69, so the nationality breakdown covers everyone on board, not only the 66.',
  },
  {
    id: 'guatemala-agreement-is-not-mpp',
    kind: 'framing',
    title: 'The Guatemala Asylum Cooperative Agreement is a different policy',
    members: [S004, 'transfer-under-guatemala-aca', 'aca-send-to-apply-in-guatemala', 'mpp-definition-2025'],
    explanation:
      '004 reports transfers of Mexican asylum seekers to Guatemala under the Guatemala Asylum Cooperative Agreement, ' +
      'which sends people to seek protection in Guatemala instead of the US. MPP makes asylum seekers wait in Mexico ' +
      'for a US court date. Both are Trump-era border policies, which makes them easy to conflate.',
  },
  {
    id: '002-headline-puts-paraphrase-in-quotes',
    kind: 'framing',
    title: '002’s headline quotes words its source never quotes',
    members: ['no-formal-agreement-headline', 'velasco-no-formal-agreement'],
    explanation:
      '002’s headline puts “no formal agreement between Mexico and the U.S.” in quotation marks, but the body (and ' +
      '001) only paraphrases Roberto Velasco: "there was no formal agreement between Mexico and the United States". ' +
      'The statement also dates from December 2018, not from the March 2019 rejection the article reports.',
  },
  {
    id: 'sheinbaum-quote-unclear',
    kind: 'framing',
    title: '003 mixes paraphrase and quotation of Sheinbaum',
    members: ['sheinbaum-humanitarian-assistance', S003],
    explanation:
      '003 closes a quotation (“... of other nationalities,” she said) that it never opens, so a reader cannot tell ' +
      'which words are Sheinbaum’s and which are the writer’s. The page also names no outlet and has no headline.',
  },
];
