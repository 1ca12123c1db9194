import type { TimelineEvent } from '../../lib/topic/schema';
import { S000, S001, S003, S004 } from './seed-files';

/**
 * Policy events the seeds support, at the precision the text allows: a bare year where the seed
 * only says "in 2019", a month where relative words ("last month", "on Monday") pin it down
 * against the article's own date.
 */
export const timeline: TimelineEvent[] = [
  {
    id: 'us-announces-returns-2018-12',
    date: '2018-12',
    event:
      'The US announces it will return non-Mexican asylum seekers to Mexico while their claims are processed.',
    eventEs:
      'EE. UU. anuncia que devolverá a México a solicitantes de asilo no mexicanos mientras se procesan sus casos.',
    quote:
      'When the United States first announced in December that it would begin returning non-Mexican migrants to Mexico while their asylum claims were processed',
    seed: S001,
  },
  {
    id: 'mpp-begins-2019',
    date: '2019',
    event: '003 says MPP ("Remain in Mexico") was launched in 2019, during Trump’s first term.',
    eventEs: '003 dice que los MPP («Quédate en México») se lanzaron en 2019, en el primer mandato de Trump.',
    quote:
      'His administration’s decision to revive the MPP program, initially launched in 2019 during his previous term',
    seed: S003,
  },
  {
    id: 'nyt-mexico-enforcing-2019-03-01',
    date: '2019-03-01',
    event:
      'The New York Times reports Mexican officials are carrying out the Trump administration’s immigration agenda.',
    eventEs:
      'The New York Times informa que funcionarios mexicanos ejecutan la agenda migratoria del gobierno de Trump.',
    quote: 'However, The New York Times said on March 1 that',
    seed: S001,
  },
  {
    id: 'extension-mexicali-announced-2019-03',
    date: '2019-03',
    event: 'DHS announces MPP will extend to the Mexicali–Calexico crossing.',
    eventEs: 'El DHS anuncia que los MPP se ampliarán al cruce Mexicali–Calexico.',
    quote:
      'will now extend to the crossing between Mexicali and Calexico, U.S. Department of Homeland Security (DHS) officials said Monday',
    seed: S001,
  },
  {
    id: 'sre-rejects-extension-2019-03',
    date: '2019-03',
    event:
      'Mexico’s foreign ministry rejects the extension as a unilateral US measure but keeps accepting returnees.',
    eventEs:
      'La cancillería mexicana rechaza la ampliación como una medida unilateral de EE. UU., pero sigue aceptando a los devueltos.',
    quote:
      'The Secretariat of Foreign Affairs (SRE) said yesterday that “the Mexican government doesn’t agree with this unilateral measure implemented by the United States authorities.”',
    seed: S001,
  },
  {
    id: 'amlo-100-day-report-2019-03',
    date: '2019-03',
    event: 'López Obrador’s 100-day report: he rejects using force to contain migration.',
    eventEs: 'Informe de los 100 días de López Obrador: rechaza usar la fuerza para contener la migración.',
    quote:
      'Delivering a report Monday to outline his government’s achievements during its first 100 days in office',
    seed: S001,
  },
  {
    id: 'tariff-deal-2019-06',
    date: '2019-06',
    event:
      'US–Mexico agreement averts Trump’s tariffs; the US pledges to expand "Remain in Mexico" along the entire border.',
    eventEs:
      'Un acuerdo entre EE. UU. y México evita los aranceles de Trump; EE. UU. se compromete a ampliar «Quédate en México» a toda la frontera.',
    quote:
      "Under the\u00a0agreement\u00a0reached by the U.S. and Mexico earlier last month to avert President Trump's threats to impose tariffs on Mexican goods",
    seed: S000,
  },
  {
    id: 'guatemala-aca-brokered-2019-07',
    date: '2019-07',
    event: 'The Guatemala Asylum Cooperative Agreement is brokered with the outgoing Guatemalan government.',
    eventEs: 'Se firma el Acuerdo de Cooperación de Asilo con el gobierno saliente de Guatemala.',
    quote:
      'The agreement, which was brokered in July between the Trump administration and the outgoing Guatemalan government',
    seed: S004,
  },
  {
    id: 'voluntary-returns-first-bus-2019-07',
    date: '2019-07',
    event:
      'Mexico starts its Temporary Program of Voluntary Returns; 000 reports that the first bus left Chihuahua for Central America.',
    eventEs:
      'México inicia su Programa Temporal de Retornos Voluntarios; 000 informa que el primer autobús salió de Chihuahua hacia Centroamérica.',
    quote:
      "Mexico's National Migration Institute, a government body, announced that a bus carrying nearly 70 migrants left Chihuahua",
    seed: S000,
  },
  {
    id: 'honduras-el-salvador-deals-2019',
    date: '2019',
    event: 'The US signs asylum deals similar to Guatemala’s with Honduras and El Salvador.',
    eventEs: 'EE. UU. firma con Honduras y El Salvador acuerdos de asilo similares al de Guatemala.',
    quote: 'The administration made similar deals with Honduras and El Salvador last year.',
    seed: S004,
  },
  {
    id: 'mexicans-to-guatemala-2020-01',
    date: '2020-01',
    event: 'DHS confirms some Mexican asylum seekers can be sent to Guatemala; Mexico objects.',
    eventEs:
      'El DHS confirma que algunos solicitantes de asilo mexicanos pueden ser enviados a Guatemala; México se opone.',
    quote:
      'Some Mexicans seeking asylum in the United States will be sent to Guatemala as part of a bilateral agreement, the Department of Homeland Security confirmed Monday.',
    seed: S004,
  },
  {
    id: 'biden-ends-mpp-2021',
    date: '2021',
    event:
      '003 (January 2025) says President Biden ended MPP in 2021, citing humanitarian concerns; the public record dates the suspension to January 2021 and the end to August 2022.',
    eventEs:
      '003 (enero de 2025) dice que el presidente Biden terminó los MPP en 2021 por razones humanitarias; el registro público fecha la suspensión en enero de 2021 y el fin en agosto de 2022.',
    quote: 'In 2021, President Joe Biden ended the MPP program',
    seed: S003,
  },
  {
    id: 'trump-returns-2025-01',
    date: '2025-01',
    event: 'Trump returns to the White House; 003 reports MPP being reinstated.',
    eventEs: 'Trump regresa a la Casa Blanca; 003 informa que los MPP se restablecen.',
    quote: 'On Monday, Trump returned to the White House',
    seed: S003,
  },
  {
    id: 'de-la-fuente-rubio-call-2025-01',
    date: '2025-01',
    event:
      'Foreign Minister de la Fuente and Secretary of State Rubio hold a "very cordial" call on migration.',
    eventEs:
      'El canciller De la Fuente y el secretario de Estado Rubio sostienen una llamada «muy cordial» sobre migración.',
    quote:
      'On Tuesday, Mexico’s Foreign Minister Juan Ramon de la Fuente held a “very cordial” conversation with US Secretary of State Marco Rubio',
    seed: S003,
  },
  {
    id: 'sheinbaum-no-consent-2025-01',
    date: '2025-01',
    event: 'Sheinbaum says Mexico has not agreed to accept non-Mexican asylum seekers under the revived MPP.',
    eventEs:
      'Sheinbaum dice que México no ha aceptado recibir a solicitantes de asilo no mexicanos bajo los MPP revividos.',
    quote:
      'Mexican President Claudia Sheinbaum announced on Wednesday that her administration has not agreed to accept non-Mexican migrants seeking asylum in the United States',
    seed: S003,
  },
];
