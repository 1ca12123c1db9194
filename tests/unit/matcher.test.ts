import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createMatcher, establishedTopics, scanRoot, type Matcher } from '../../lib/detect/matcher';
import { visibleText } from '../../lib/detect/visible-text';
import { scanPage } from '../../lib/detect/page-scan';
import { buildPivotTemplate } from '../../lib/detect/pivot';
import { pivotRegexes } from '../../lib/detect/pivot-template';
import type { Topic } from '../../lib/topic/schema';
import { testTopic } from '../fixtures/detection/test-topic';
import { mppPack } from '../../data/mpp/index';

const matcher = createMatcher([testTopic]);
const fullPivots = pivotRegexes(buildPivotTemplate(testTopic.aliases)!);
const pivot = () => fullPivots;
/** A first line that names the policy: the page establishes its topic. */
const NAMES_THE_POLICY = 'The Migrant Protection Protocols sent asylum seekers back.\n';
const exacts = (text: string, m: Matcher = matcher) => m.match(text).map((x) => x.mention.exact);
/** A line on a page that names the policy first. */
const page2 = (line: string) => `The Migrant Protection Protocols sent asylum seekers back.\n${line}`;
const body = (html: string) =>
  parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;

describe('names', () => {
  it('are mentions anywhere, in any case but all-lowercase, across dashes and spaces', () => {
    expect(exacts('The Migrant Protection Protocols began in 2019.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts('MIGRANT PROTECTION PROTOCOLS')).toEqual(['MIGRANT PROTECTION PROTOCOLS']);
    expect(exacts('Migrant-Protection\u00a0Protocols')).toEqual(['Migrant-Protection\u00a0Protocols']);
    expect(exacts('los Protocolos de Proteccion a Migrantes')).toEqual([
      'Protocolos de Proteccion a Migrantes',
    ]);
    expect(exacts('el programa «Quédate en México»')).toEqual(['Quédate en México']);
  });

  it('written all in lowercase are judged like phrases', () => {
    expect(exacts('ella dijo quédate en méxico, mi amor')).toEqual([]);
    expect(exacts('para los solicitantes de asilo, quédate en méxico sigue vigente')).toEqual([
      'quédate en méxico',
    ]);
  });

  it('need word boundaries, also next to accented letters', () => {
    expect(exacts('XMigrant Protection Protocols')).toEqual([]);
    expect(exacts('Migrant Protection Protocolsé')).toEqual([]);
    expect(exacts('éMigrant Protection Protocols')).toEqual([]);
  });
});

describe('short forms', () => {
  it('count with a cue in the same block', () => {
    expect(exacts('Under MPP, asylum seekers wait in Mexico.')).toEqual(['MPP']);
    expect(exacts('Los PPM obligan a los solicitantes de asilo a esperar.')).toEqual(['PPM']);
  });

  it('do not count without a cue, in lowercase, in file names or as MPPT', () => {
    expect(exacts('MPP Smith spoke on Tuesday.')).toEqual([]);
    expect(exacts('asylum seekers and mpp')).toEqual([]);
    expect(exacts('asylum seekers: open plan.mpp or PLAN.MPP')).toEqual([]);
    expect(exacts('asylum border .MPP files')).toEqual([]);
    expect(exacts('asylum border: MPP.xml')).toEqual([]);
    expect(exacts('asylum border MPPT controller')).toEqual([]);
  });

  it('allow possessives, straight or curly, without including them', () => {
    const m = matcher.match(
      "MPP’s critics said asylum seekers suffer. The MPP's end came in 2021 at the border.",
    );
    expect(m.map((x) => x.mention.exact)).toEqual(['MPP', 'MPP']);
    expect(m[0]!.mention.suffix.startsWith('’s critics')).toBe(true);
  });

  it('lose to an anti-cue closer than the nearest cue', () => {
    expect(exacts('Ontario MPP Smith said asylum rules are federal business.')).toEqual([]);
    expect(exacts('The asylum MPP rules, unlike anything in Ontario politics, were harsh.')).toEqual(['MPP']);
  });

  it('need the cue within the window and the same block', () => {
    const far = 'MPP ' + 'word '.repeat(80) + 'asylum';
    expect(exacts(far)).toEqual([]);
    expect(exacts('MPP was announced.\nAsylum seekers wait.')).toEqual([]);
    expect(createMatcher([testTopic], { window: 500 }).match(far)).toHaveLength(1);
  });

  it('count anywhere once a name has established the topic, unless an anti-cue is near', () => {
    const text =
      'The Migrant Protection Protocols (MPP) began in 2019.\nCritics say MPP failed.\nOntario MPP Jones disagreed.';
    expect(exacts(text)).toEqual(['Migrant Protection Protocols', 'MPP', 'MPP']);
  });

  it('do not count in lower case after a number, where they are a unit', () => {
    const established = new Set(['mpp']);
    const found = (t: string) => matcher.match(t, { established }).map((m) => m.mention.exact);
    expect(found('Ozone reached 0.156 ppm near the border.')).toEqual([]);
    expect(found('so mpp is back? asylum seekers wait at the border')).toEqual(['mpp']);
    // Wherever the page writes it in lower case, once it writes it as a unit somewhere (a
    // measure; a year is none).
    expect(exacts(page2('Field kits read asylum shelters’ water in ppm. Note: 0.5 ppm is safe.'))).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page2('in jan 2019 mpp was a disaster at the border\nso mpp is back?'))).toEqual([
      'Migrant Protection Protocols',
      'mpp',
    ]);
    // Alone in brackets too, unless right after a name of the topic it abbreviates.
    expect(found('Air quality at border crossings: ozone (ppm) and PM2.5.')).toEqual([]);
    expect(found('Asylum seekers enrolled in the program (MPP) wait at the border.')).toEqual(['MPP']);
    expect(exacts(page2('the remain in mexico policy (mpp) is back, asylum seekers say.'))).toEqual([
      'Migrant Protection Protocols',
      'remain in mexico',
      'mpp',
    ]);
  });

  it('do not count where the page spells them out as something else', () => {
    expect(
      exacts(
        'Students elected a new Majlis Perwakilan Pelajar (MPP) to help migrants.\nThe MPP met at the border.',
      ),
    ).toEqual([]);
    expect(exacts('Each MPP (maximum power point) tracker helps migrants at the border.')).toEqual([]);
    // Its own name spelt out is no other meaning, nor is a writer's near miss of it.
    expect(exacts('The Migrant Protection Program (MPP) sent asylum seekers back.')).toEqual(['MPP']);
    expect(exacts('The Migrant Protection Protocols (MPP) sent asylum seekers back.\nMPP ended.')).toEqual([
      'Migrant Protection Protocols',
      'MPP',
      'MPP',
    ]);
  });

  it('do not count where they stand spelt out as something else, even on a page naming the topic', () => {
    expect(
      exacts(
        'The Migrant Protection Protocols sent asylum seekers back. Earn an MPP (Master of Public Policy) online.\nMPP ended.',
      ),
    ).toEqual(['Migrant Protection Protocols', 'MPP']);
    // Or spelt out so shortly before it in its block: the same paragraph goes on with that sense.
    expect(
      exacts(
        'The Migrant Protection Protocols sent asylum seekers back.\nThe utility extended its Pay Per Month ' +
          '(PPM) plan for households with debts. To join the PPM, bring an ID.\nThe PPM ended.',
      ),
    ).toEqual(['Migrant Protection Protocols', 'PPM']);
    // Not from far away: one block (a transcript in a <pre>) may give a guest's degree pages
    // before the speech goes back to the policy.
    const block = (gap: string) =>
      exacts(page2(`Our guest earned a Master of Public Policy (MPP) in Austin. ${gap}Then MPP ended.`));
    expect(block('')).toEqual(['Migrant Protection Protocols']);
    expect(block('x '.repeat(200))).toEqual(['Migrant Protection Protocols', 'MPP']);
    // A glossary's line spells it out after a dash or a colon, in capitals, opening its line.
    expect(
      exacts(
        page2(
          'PPM — Protocolos de Protección a Migrantes.\nPPM (in contracts) — Project Portfolio Management.',
        ),
      ),
    ).toEqual(['Migrant Protection Protocols', 'PPM', 'Protocolos de Protección a Migrantes']);
    // None of these is a glossary's line: mid-sentence, in lower case, a list of names.
    expect(exacts(page2('At the border MPP: many people protested the asylum rules.'))).toEqual([
      'Migrant Protection Protocols',
      'MPP',
    ]);
    expect(
      exacts(page2('Critics of MPP — Menendez, Padilla and Pelosi among them — said it failed.')),
    ).toEqual(['Migrant Protection Protocols', 'MPP']);
    expect(
      exacts(
        page2('Democrats who opposed MPP: Menendez, Padilla and Peters. Under MPP asylum seekers waited.'),
      ),
    ).toEqual(['Migrant Protection Protocols', 'MPP', 'MPP']);
    // A definition nearby yields to a cue of the topic nearer still.
    expect(
      exacts(
        page2('Lopez, who holds a Master of Public Policy (MPP), said MPP left asylum seekers stranded.'),
      ),
    ).toEqual(['Migrant Protection Protocols', 'MPP']);
  });

  it('do not count as a person or a title: "an MPP up there", "my MPP and …", "MPP Candidate"', () => {
    const page = NAMES_THE_POLICY;
    // A class year, the next degree in a list, "every MPP should", "my MPP hasn't".
    expect(exacts(page + 'Priya Raman, MPP ’26, studied asylum. Public Affairs · MPP · MPA · PhD')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'MPP constituency offices report a surge in asylum calls.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'Why every MPP should read the asylum deal. My MPP hasn’t answered.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'Whats an MPP up there? I would email my MPP and get a form letter.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'J.D. Candidate, 2023, and MPP Candidate, 2023.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'I first read it as MPP+, the neurotoxin from my lab.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'Thanks to the men’s prayer partners (MPP — yes, our MPP) for the coffee.')).toEqual(
      ['Migrant Protection Protocols'],
    );
    expect(exacts(page + 'We are joined by Dana Ruiz, J.D., MPP, a senior fellow.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    // Going on into a noun, it is the policy's.
    expect(exacts(page + 'He has an MPP court date, and my MPP hearing is in May.')).toEqual([
      'Migrant Protection Protocols',
      'MPP',
      'MPP',
    ]);
  });

  it('use topics established elsewhere when scanning a fragment alone', () => {
    expect(exacts('Critics say MPP failed.')).toEqual([]);
    const established = matcher.establishedIn('The Migrant Protection Protocols began.');
    expect([...established]).toEqual(['mpp']);
    expect(matcher.match('Critics say MPP failed.', { established }).map((m) => m.mention.exact)).toEqual([
      'MPP',
    ]);
    expect([...establishedTopics(matcher.match('the “Remain in Mexico” policy'))]).toEqual(['mpp']);
  });
});

describe('phrases', () => {
  it('establish the topic when quoted with a cue in their block, or named as a policy', () => {
    expect([
      ...establishedTopics(matcher.match('Asylum seekers were sent back under “Remain in Mexico.”')),
    ]).toEqual(['mpp']);
    expect(exacts('a program known as “Remain in Mexico”')).toEqual(['Remain in Mexico']);
    expect(exacts('dubbed “Remain in Mexico” at first')).toEqual(['Remain in Mexico']);
  });

  it('do not count in quotes alone, with no cue in their block: a campaign, a slogan', () => {
    expect(exacts('Fans are urged to “Stay in Mexico” after the final match.')).toEqual([]);
    expect(
      exacts('The tourism office launched “Remain in Mexico” this spring.\nAsylum seekers wait.'),
    ).toEqual([]);
  });

  it('do not count when named as a campaign or a slogan', () => {
    expect(exacts('Officials said the campaign Remain in Mexico drew fans.')).toEqual([]);
    expect(exacts('Asylum seekers laughed at the slogan “Remain in Mexico” on the billboard.')).toEqual([]);
  });

  it('count in sentence case after a capitalised first word', () => {
    expect(exacts('Did Remain in Mexico cut border arrests?')).toEqual(['Remain in Mexico']);
    expect(exacts('Why Remain in Mexico?')).toEqual([]);
    expect(exacts('Can Tourists Remain in Mexico Longer?')).toEqual([]);
  });

  it('count when quoted', () => {
    expect(exacts('known as “Remain in Mexico,” the policy')).toEqual(['Remain in Mexico']);
    expect(exacts('extend ‘stay in Mexico’ policy')).toEqual(['stay in Mexico']);
    expect(exacts('called "remain in Mexico" by many')).toEqual(['remain in Mexico']);
  });

  it('count when Title-Cased mid-sentence', () => {
    expect(exacts('Officials said Remain in Mexico would return.')).toEqual(['Remain in Mexico']);
    expect(exacts('under Remain-in-Mexico, people waited')).toEqual(['Remain-in-Mexico']);
  });

  it('do not count Title Case at a sentence start or inside a Title Case headline', () => {
    expect(exacts('Remain in Mexico for a week, visitors are told.')).toEqual([]);
    expect(exacts('How Long Can Visitors Remain in Mexico Without a Visa?')).toEqual([]);
  });

  it('do not count as the verb of a subject in a Title Case headline', () => {
    const page = NAMES_THE_POLICY;
    expect(exacts(page + 'Hundreds Remain in Mexico as Consular Backlog Grows')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'Biden Ends Remain in Mexico as Court Rules')).toEqual([
      'Migrant Protection Protocols',
      'Remain in Mexico',
    ]);
  });

  it('do not count as the title of a song, a film or a novel', () => {
    const page = NAMES_THE_POLICY;
    expect(exacts(page + 'New single alert: “Remain in Mexico” by Los Primos, about the border.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(exacts(page + 'The asylum film Remain in Mexico opens Friday.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    // A disambiguation names the other thing in parentheses after it.
    expect(exacts(page + 'For the asylum song, see Remain in Mexico (song).')).toEqual([
      'Migrant Protection Protocols',
    ]);
    // Quoted and followed by "by" and no author, it may still be the policy.
    expect(exacts(page + 'Asylum seekers sent back under “Remain in Mexico” by the thousands.')).toEqual([
      'Migrant Protection Protocols',
      'Remain in Mexico',
    ]);
  });

  it('do not count when they open, in lower case, speech brought in by a colon or going on after a comma', () => {
    const page = NAMES_THE_POLICY;
    expect(
      exacts(page + 'At the border I told my son: “remain in Mexico, mijo, there is work here.”'),
    ).toEqual(['Migrant Protection Protocols']);
    expect(exacts(page + 'Her mother says: remain in Mexico, mija, things are worse there.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    // A colon alone may open a list.
    expect(exacts(page + 'Asylum topics: remain in Mexico, Title 42, metering.')).toEqual([
      'Migrant Protection Protocols',
      'remain in Mexico',
    ]);
    // A line of a song: the quotation goes on after a comma.
    expect(exacts(page + 'The asylum chorus, “remain in Mexico, remain with me”, is everywhere.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    // An exclamation, on a page about the policy (the pack's «Quédate en México» is a phrase; the
    // test topic's is a name), unless its block speaks of the topic.
    const pack = createMatcher([mppPack.topic]);
    const chant = (t: string) => exacts(page + t, pack);
    expect(chant('La abuela le gritó «¡quédate en México!» antes de colgar.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(chant('Le despide la porra con un ¡quédate en México! al final.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(
      chant('Trump a los solicitantes de asilo: «¡quédense en México!», el programa que regresa.'),
    ).toEqual(['Migrant Protection Protocols', 'quédense en México']);
    // A title said to be a song's: «…», el nuevo sencillo; «…»: el corrido que …
    expect(chant('«Quédate en México», el nuevo sencillo de Los Halcones, habla de migrantes.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    expect(chant('«Quédate en México»: el corrido que le canta a los migrantes de la frontera.')).toEqual([
      'Migrant Protection Protocols',
    ]);
    // Not "the single most …" after a title.
    expect(exacts('“Remain in Mexico” is the single most contested asylum policy.', pack)).toEqual([
      'Remain in Mexico',
    ]);
    // A fans' banner for a striker: the block speaks of football, not of "stadium" shelters.
    expect(
      chant(
        'Con mantas que decían «Quédate en México, Wilmer», la porra del estadio despidió a su goleador.',
      ),
    ).toEqual(['Migrant Protection Protocols']);
    expect(
      exacts(
        'Asylum seekers sent back under the Remain in Mexico policy sleep in a stadium in Matamoros.',
        pack,
      ),
    ).toEqual(['Remain in Mexico']);
    // Named, it is the policy still.
    expect(chant('Los migrantes temen el programa «Quédate en México».')).toEqual([
      'Migrant Protection Protocols',
      'Quédate en México',
    ]);
    // A quotation without the colon or the comma: a search, a longer title.
    expect(exacts(page + 'Search “remain in Mexico explained” on the asylum radio.')).toEqual([
      'Migrant Protection Protocols',
      'remain in Mexico',
    ]);
  });

  it('count when named as a policy or programme', () => {
    expect(exacts('the remain in Mexico policy')).toEqual(['remain in Mexico']);
    // Beside a cue of the topic, whatever else its block speaks of; a tourism board's program is
    // named too, and has no cue.
    expect(
      exacts('Ontario MPPs clash over Washington’s ‘Remain in Mexico’ policy for asylum seekers'),
    ).toEqual(['Remain in Mexico']);
    expect(exacts('Mexico launches a new Stay in Mexico program to keep tourists spending at home.')).toEqual(
      [],
    );
    expect(exacts('a stay-in-Mexico plan')).toEqual(['stay-in-Mexico']);
  });

  it('count with a cue near and no anti-cue closer, unless used as a verb', () => {
    expect(exacts('Asylum seekers fear remain in Mexico, lawyers say.')).toEqual(['remain in Mexico']);
    // What the policy makes people do is not its name: "must remain in Mexico while they wait".
    expect(exacts('Asylum seekers must remain in Mexico while they wait.')).toEqual([]);
    expect(exacts('Los solicitantes de asilo deberán permanecer en México mientras esperan.')).toEqual([]);
    expect(exacts('Migrants who were told to remain in Mexico, said the asylum lawyer.')).toEqual([]);
    // … but the policy's name, in any shape, stays one.
    expect(exacts('Asylum lawyers say Remain in Mexico is back.')).toEqual(['Remain in Mexico']);
    expect(exacts('Asylum seekers say they were forced to wait under the “remain in Mexico” rules.')).toEqual(
      ['remain in Mexico'],
    );
    // Part of a place name, never the policy.
    expect(exacts('Asylum seekers stay in Mexico City shelters.')).toEqual([]);
    expect(exacts('tourists may remain in Mexico for a week, unlike asylum seekers')).toEqual([]);
    expect(exacts('You can remain in Mexico for up to 180 days.')).toEqual([]);
    // After an adverb, or going on into where or how long ("… in crowded shelters", "… awaiting hearings").
    expect(exacts('Asylum seekers who actually remain in Mexico awaiting hearings are few.')).toEqual([]);
    expect(exacts('Asylum seekers would rather stay in Mexico near the bridge.')).toEqual([]);
    expect(exacts('Many asylum seekers sent back stay in Mexico in crowded shelters.')).toEqual([]);
    // After a Spanish verb that takes an infinitive ("les permite permanecer en México").
    const pack = createMatcher([mppPack.topic]);
    expect(
      exacts('La reforma les permite permanecer en México de manera regular, dicen los migrantes.', pack),
    ).toEqual([]);
    expect(exacts('Con el programa Permanecer en México, los migrantes esperan.', pack)).toEqual([
      'Permanecer en México',
    ]);
    expect(exacts('Muchos migrantes optaron por permanecer en México tras el fallo de asilo.', pack)).toEqual(
      [],
    );
    expect(
      exacts('Esas personas de la frontera eligieron permanecer en México, dice el asilo.', pack),
    ).toEqual([]);
  });

  it('only match whole aliases', () => {
    expect(exacts('Quédate en casa, pidió el gobierno.')).toEqual([]);
    expect(exacts('they stay in Mexicali for the asylum hearing')).toEqual([]);
  });
});

describe('neighbours', () => {
  it('are never reported', () => {
    expect(exacts('the Guatemala Asylum Cooperative Agreement sends asylum seekers south')).toEqual([]);
    expect(exacts("Mexico's Temporary Program of Voluntary Returns buses migrants home")).toEqual([]);
  });

  it('hide aliases inside them', () => {
    const topic: Topic = {
      ...testTopic,
      aliases: [{ text: 'Protocols', lang: 'en', kind: 'name' }],
      neighbours: [{ name: 'Migrant Protection Protocols', aliases: [], note: 'n' }],
    };
    const m = createMatcher([topic]);
    expect(exacts('Migrant Protection Protocols and other Protocols', m)).toEqual(['Protocols']);
  });
});

describe('mentions', () => {
  it('carry exact, 32-character prefix and suffix, offsets and topic, in document order', () => {
    const text =
      'a'.repeat(40) +
      ' the “Remain in Mexico” policy and the Migrant Protection Protocols ' +
      'z'.repeat(40);
    const [first, second] = matcher.match(text).map((m) => m.mention);
    expect(first).toEqual({
      exact: 'Remain in Mexico',
      prefix: text.slice(first!.start - 32, first!.start),
      suffix: text.slice(first!.end, first!.end + 32),
      start: text.indexOf('Remain'),
      end: text.indexOf('Remain') + 'Remain in Mexico'.length,
      topic: 'mpp',
    });
    expect(first!.prefix).toHaveLength(32);
    expect(second!.exact).toBe('Migrant Protection Protocols');
    expect(second!.start).toBeGreaterThan(first!.end);
  });

  it('never span a block break but do span a line break when told where blocks end', () => {
    expect(exacts('the Remain in\nMexico policy')).toEqual([]);
    expect(matcher.match('the Remain in\nMexico policy', { breaks: [] }).map((m) => m.mention.exact)).toEqual(
      ['Remain in\nMexico'],
    );
  });

  it('report each topic under its own id', () => {
    const other: Topic = {
      ...testTopic,
      id: 'aca',
      aliases: [{ text: 'Asylum Cooperative Agreement', lang: 'en', kind: 'name' }],
      neighbours: [],
    };
    const m = createMatcher([{ ...testTopic, neighbours: [] }, other]);
    const found = m.match('The Asylum Cooperative Agreement differs from the Migrant Protection Protocols.');
    expect(found.map((x) => [x.mention.topic, x.mention.exact])).toEqual([
      ['aca', 'Asylum Cooperative Agreement'],
      ['mpp', 'Migrant Protection Protocols'],
    ]);
  });

  it('are the same with and without the prefilter', () => {
    const plain = createMatcher([testTopic], { prefilter: false });
    const texts = [
      'The Migrant Protection Protocols (MPP) began.\nCritics say MPP failed at the border.',
      'Ṁigrant Protection Protocols and ǹothing', // rare letters: folded whole
      'Mi\u00adgrant Pro\u200btection Proto\u0301cols; “Re\u00admain in Me\u0301xico”',
      'asylum: MPP, mpp, file.mpp, MPPT, ‘stay in Mexico’ and QUÉDATE EN MÉXICO',
      'Ontario MPP, solar MPP, tourists remain in Mexico, vacation',
    ];
    for (const t of texts) expect(matcher.match(t)).toEqual(plain.match(t));
    expect(exacts(texts[1]!)).toEqual(['Ṁigrant Protection Protocols']);
    expect(exacts(texts[2]!)).toEqual([
      'Mi\u00adgrant Pro\u200btection Proto\u0301cols',
      'Re\u00admain in Me\u0301xico',
    ]);
  });
});

describe('scanRoot', () => {
  it('maps split mentions to DOM points', () => {
    const d = body('<p>The “<em>Remain</em> in <a href="#">Mexico</a>” policy</p>');
    const [hit] = scanRoot(d, matcher);
    expect(hit!.mention.exact).toBe('Remain in Mexico');
    expect(hit!.startNode.data).toBe('Remain');
    expect(hit!.startOffset).toBe(0);
    expect(hit!.endNode.data).toBe('Mexico');
    expect(hit!.endOffset).toBe(6);
    expect(hit!.topic).toBe('mpp');
  });

  it('ignores text in scripts, textareas, templates and hidden elements', () => {
    const d = body(
      `<script>var s = "Migrant Protection Protocols";</script><textarea>Migrant Protection Protocols</textarea>
       <template>Migrant Protection Protocols</template><div hidden>Migrant Protection Protocols</div>
       <p style="display:none">Migrant Protection Protocols</p><p>Migrant Protection Protocols</p>`,
    );
    expect(scanRoot(d, matcher).map((h) => h.mention.exact)).toEqual(['Migrant Protection Protocols']);
  });

  it('asks isHidden about the parents of hits only, once each', () => {
    const d = body(
      '<p class="x">Migrant Protection Protocols and Migrant Protection Protocols</p><p>plain text</p><p>Migrant Protection Protocols</p>',
    );
    const asked: Element[] = [];
    const hits = scanRoot(d, matcher, {
      isHidden: (el) => {
        asked.push(el);
        return el.className === 'x';
      },
    });
    expect(hits).toHaveLength(1);
    expect(asked).toHaveLength(2);
  });

  it('scans an added element alone, with the page’s established topics', () => {
    const d = body(
      '<p>The Migrant Protection Protocols began.</p><div id="new"><p>Critics say MPP failed.</p></div>',
    );
    const added = d.getElementById('new')!;
    expect(scanRoot(added, matcher)).toEqual([]);
    const established = establishedTopics(scanRoot(d, matcher).map((h) => ({ ...h })));
    const hits = scanRoot(added, matcher, { established });
    expect(hits.map((h) => [h.mention.exact, h.mention.start])).toEqual([['MPP', 12]]);
  });
});

/** mulberry32: small, seeded, good enough to shuffle test data reproducibly. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('property: mentions split at random element boundaries', () => {
  const FILLER = [
    'the',
    'officials',
    'said',
    'on',
    'Tuesday',
    'that',
    'talks',
    'at',
    'crossing',
    'went',
    'on',
    'for',
    'weeks',
  ];
  const MENTIONS = [
    { words: ['Migrant', 'Protection', 'Protocols'], open: '', close: '' },
    { words: ['Remain', 'in', 'Mexico'], open: '“', close: '”' },
    { words: ['MPP'], open: '', close: '' },
    { words: ['Protocolos', 'de', 'Protección', 'a', 'Migrantes'], open: '', close: '' },
    { words: ['Quédate', 'en', 'México'], open: '«', close: '»' },
  ];
  const SEPARATORS = [' ', ' ', '\u00a0', '\n', ' \n  ', '-'];
  const TAGS = ['em', 'a', 'span', 'b', 'strong', 'i', 'mark'];

  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  /** Random inline markup around `text`, cut at random character positions. */
  function markup(text: string, rnd: () => number): string {
    if (text.length === 0) return '';
    if (text.length === 1 || rnd() < 0.3) return escape(text);
    const cut = 1 + Math.floor(rnd() * (text.length - 1));
    const wrap = (s: string) => {
      if (rnd() < 0.5) return s;
      const tag = TAGS[Math.floor(rnd() * TAGS.length)]!;
      return `<${tag}${tag === 'a' ? ' href="#"' : ''}>${s}</${tag}>`;
    };
    return wrap(markup(text.slice(0, cut), rnd)) + wrap(markup(text.slice(cut), rnd));
  }

  it('finds every inserted mention with its exact offsets (200 seeded pages)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = prng(seed);
      const paragraphs: string[] = [];
      const expected: Array<{ exact: string; start: number; end: number }> = [];
      let offset = 0;
      const count = 1 + Math.floor(rnd() * 5);
      for (let p = 0; p < count; p++) {
        // Every paragraph opens with a cue so that acronyms qualify.
        let text = 'Asylum';
        const words = 3 + Math.floor(rnd() * 12);
        for (let w = 0; w < words; w++) {
          text += ' ';
          if (rnd() < 0.25) {
            const m = MENTIONS[Math.floor(rnd() * MENTIONS.length)]!;
            let exact = '';
            m.words.forEach((word, i) => {
              if (i > 0) exact += SEPARATORS[Math.floor(rnd() * SEPARATORS.length)];
              // A soft hyphen inside a longer word now and then.
              const cut = word.length > 4 && rnd() < 0.2 ? 2 + Math.floor(rnd() * (word.length - 3)) : 0;
              exact += cut ? word.slice(0, cut) + '\u00ad' + word.slice(cut) : word;
            });
            text += m.open;
            expected.push({ exact, start: offset + text.length, end: offset + text.length + exact.length });
            text += exact + m.close;
          } else {
            text += FILLER[Math.floor(rnd() * FILLER.length)];
          }
        }
        paragraphs.push(text);
        offset += text.length + 1;
      }
      const html = paragraphs.map((t) => `<p>${markup(t, rnd)}</p>`).join('');
      const d = body(html);
      const vt = visibleText(d);
      expect(vt.text, `seed ${seed}`).toBe(paragraphs.join('\n'));
      const hits = scanRoot(d, matcher);
      // The content script's page scan finds the same mentions at the same DOM points.
      const pageHits = scanPage([d.body as unknown as Element], matcher, pivot);
      expect(
        pageHits.map((h) => [h.mention.exact, h.startNode, h.startOffset, h.endNode, h.endOffset]),
        `seed ${seed}: page scan`,
      ).toEqual(hits.map((h) => [h.mention.exact, h.startNode, h.startOffset, h.endNode, h.endOffset]));
      expect(
        hits.map((h) => ({ exact: h.mention.exact, start: h.mention.start, end: h.mention.end })),
        `seed ${seed}: ${html}`,
      ).toEqual(expected);
      for (const h of hits) {
        // The DOM points cover exactly the mention's text.
        const i = vt.nodes.indexOf(h.startNode);
        const j = vt.nodes.indexOf(h.endNode);
        expect(vt.starts[i]! + h.startOffset).toBe(h.mention.start);
        expect(vt.starts[j]! + h.endOffset).toBe(h.mention.end);
      }
    }
  });
});
