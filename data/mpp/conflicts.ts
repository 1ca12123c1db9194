import type { Conflict } from '../../lib/topic/schema';
import { S000, S001, S002, S003, S004 } from './seed-files';

/**
 * Where the seeds disagree, or could mislead a reader who sees one of them alone. Members are fact
 * ids, figure ids or seed file names; the pack validator checks that each one resolves.
 */
export const conflicts: Conflict[] = [
  {
    id: 'did-mexico-agree',
    kind: 'framing',
    title: 'Did Mexico agree to "Remain in Mexico"?',
    titleEs: '¿Aceptó México «Quédate en México»?',
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
    explanationEs:
      'La cancillería mexicana llamó a los MPP una «medida unilateral» sin «acuerdo formal» (diciembre de 2018, repetido en marzo de 2019, en 001 y 002), y Sheinbaum dijo en enero de 2025 que México no ha dado su consentimiento (003). CBS (000) describe en cambio un acuerdo entre EE. UU. y México de junio de 2019 en el que EE. UU. se comprometió a ampliar «Quédate en México» a toda la frontera. Son declaraciones de momentos distintos, y 000 relata un compromiso de EE. UU. dentro de un acuerdo arancelario, no un consentimiento formal de México a los MPP; las fuentes no resuelven si México lo aceptó formalmente alguna vez.',
  },
  {
    id: 'adult-men-only-vs-women-and-children',
    kind: 'promise-practice',
    title: 'Mexico promised to take only adult men, but took women and children',
    titleEs: 'México prometió recibir solo a hombres adultos, pero recibió a mujeres y niños',
    members: ['mexico-promised-adult-men-only', 'mexico-took-women-and-children'],
    explanation:
      'Mexico promised to accept only adult male asylum seekers returned under MPP, yet according to The New York ' +
      'Times (cited by 001) it also took in returned women and children. The only source for the second half is the ' +
      'Times via 001.',
    explanationEs:
      'México prometió aceptar solo a hombres adultos solicitantes de asilo devueltos bajo los MPP, pero según The New York Times (citado por 001) también recibió a mujeres y niños devueltos. La única fuente de la segunda parte es el Times, vía 001.',
  },
  {
    id: 'public-rejection-vs-practice',
    kind: 'promise-practice',
    title: 'Mexico rejects MPP in words but carries it out in practice',
    titleEs: 'México rechaza los MPP de palabra pero los aplica en la práctica',
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
    explanationEs:
      'La SRE dice que México no está de acuerdo con la «medida unilateral», pero México acepta a los migrantes devueltos «por razones humanitarias». The New York Times (1 de marzo de 2019, citado por 001) dice que funcionarios mexicanos están ejecutando la agenda migratoria del gobierno de Trump; 001 lo atribuye a una estrategia de no enojar a Trump.',
  },
  {
    id: 'pages-dated-years-after-events',
    kind: 'misdated',
    title: '001 and 002 print 2026 and 2024 dates but describe March 2019',
    titleEs: '001 y 002 llevan fechas de 2026 y 2024 pero describen marzo de 2019',
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
    explanationEs:
      '001 muestra viernes 16 de enero de 2026 (al parecer la fecha de sus notas laterales de 2026) y 002 martes 28 de mayo de 2024, pero ambas relatan la ampliación de los MPP a Mexicali–Calexico de marzo de 2019: 001 cita el informe de López Obrador sobre sus primeros 100 días (asumió el 1 de diciembre de 2018) y una nota de The New York Times «del 1 de marzo». Leído con las fechas impresas, «solo 240 devueltos» parece actual en 2024 o 2026.',
  },
  {
    id: '002-copies-001',
    kind: 'copy',
    title: '002 is a shortened, retitled and redated copy of 001',
    titleEs: '002 es una copia abreviada de 001 con otro título y otra fecha',
    members: [S002, S001, 'truncated-humanitarian-sentence-002', 'mexico-temporary-humanitarian-entry'],
    explanation:
      'Almost every sentence of 002 appears in 001, merged into fewer paragraphs, under a new headline, no outlet and a ' +
      '2024 date. The cut shows: 002 says the SRE "would authorize for humanitarian reasons, and only temporarily." ' +
      'without the object ("the entry of migrants from the United States") that 001 has. The copy relation is ' +
      'computed from the text by the copy detector; this entry documents it.',
    explanationEs:
      'Casi cada oración de 002 aparece en 001, en menos párrafos, con un titular nuevo, sin medio y con fecha de 2024. El recorte se nota: 002 dice que la SRE autorizaría «por razones humanitarias, y solo temporalmente.» sin el objeto («la entrada de migrantes desde Estados Unidos») que tiene 001. La relación de copia la calcula el detector de copias a partir del texto; esta entrada la documenta.',
  },
  {
    id: 'relative-time-words',
    kind: 'hazard',
    title: '"Last month", "earlier this year", "as of February" depend on the right date',
    titleEs: '«El mes pasado», «a principios de este año», «a febrero» dependen de la fecha correcta',
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
    explanationEs:
      'Las fuentes fechan hechos respecto a un «ahora» no dicho: 76,000 cruzaron «el mes pasado» (febrero de 2019), los MPP empezaron «a principios de este año» (2019), el acuerdo arancelario fue «a principios del mes pasado» (junio de 2019), los acuerdos con Honduras y El Salvador fueron «el año pasado» (2019) y 900 solicitantes se cuentan «a febrero» (probablemente de 2020). Con una fecha de página equivocada, como el 2026 de 001, apuntan al año equivocado. No son errores de las fuentes: son palabras que hay que leer con la fecha verdadera.',
  },
  {
    id: 'nbc-file-photo-date',
    kind: 'hazard',
    title: 'The only date on the NBC page is a 2019 file photo',
    titleEs: 'La única fecha en la página de NBC es la de una foto de archivo de 2019',
    members: [S004, 'nbc-file-photo-june-2019', 'aca-brokered-july-2019'],
    explanation:
      '004 prints no date of its own; the only absolute date on it is the caption of a file photo from El Paso, ' +
      'June 1, 2019. The story itself is from January 2020: the Guatemala agreement was brokered "in July" (2019) ' +
      'with a government that was then "outgoing".',
    explanationEs:
      '004 no imprime fecha propia; la única fecha absoluta es el pie de una foto de archivo de El Paso, del 1 de junio de 2019. La nota es de enero de 2020: el acuerdo con Guatemala se firmó «en julio» (de 2019) con un gobierno que entonces estaba «de salida».',
  },
  {
    id: 'returned-240-then-16500',
    kind: 'series',
    title: 'People returned under MPP, counted at different dates',
    titleEs: 'Personas devueltas bajo los MPP, contadas en fechas distintas',
    members: [
      'returned-240-march-2019-001',
      'returned-240-march-2019-002',
      'made-to-wait-16500-july-2019',
      'crs-60000-returned-2020-03',
      'returned-total-2019-2021',
    ],
    explanation:
      'The same running count at different dates: "only 240" returned as of March 2019 (001, repeated by 002), ' +
      '"more than 16,500" made to wait in Mexico by July 2019 (000), some 60,000 by early March 2020 (CRS), and ' +
      'between about 68,000 and 74,000 in all by the time new enrolments were suspended in January 2021, depending ' +
      'on the source and what it counts (public record). Not a contradiction, but any one number alone misleads ' +
      'about a later date.',
    explanationEs:
      'La misma cuenta acumulada en fechas distintas: «solo 240» devueltos a marzo de 2019 (001, repetido por 002), ' +
      '«más de 16,500» obligados a esperar en México a julio de 2019 (000), unas 60,000 a principios de marzo de ' +
      '2020 (CRS) y entre unas 68,000 y 74,000 en total cuando se suspendieron las nuevas inscripciones en enero de ' +
      '2021, según la fuente y lo que cuenta (registro público). No es una contradicción, pero cualquiera de las ' +
      'cifras sola engaña sobre una fecha posterior.',
  },
  {
    id: 'mpp-crossings-expand',
    kind: 'series',
    title: 'Where MPP applied: San Ysidro, then Mexicali, then Ciudad Juárez',
    titleEs: 'Dónde se aplicaban los MPP: San Ysidro, luego Mexicali, luego Ciudad Juárez',
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
    explanationEs:
      'Los MPP empezaron en San Ysidro (Tijuana–San Diego), se ampliaron a Mexicali–Calexico en marzo de 2019 con Ciudad Juárez–El Paso anunciada como la siguiente, abarcaban tres ciudades fronterizas en julio de 2019, y EE. UU. se había comprometido en junio de 2019 a ampliarlos a toda la frontera. Una página que nombra un cruce describe un momento.',
  },
  {
    id: 'mpp-status-over-time',
    kind: 'hazard',
    title: '003 sums up 2019–2025 in one line: launched, ended in 2021, revived',
    titleEs: '003 resume 2019–2025 en una línea: lanzado, terminado en 2021, revivido',
    members: ['mpp-launched-2019', 'biden-ended-mpp-2021', 'trump-reinstates-mpp-2025'],
    explanation:
      '003 (January 2025) says MPP was launched in 2019, ended by President Biden in 2021 and revived by Trump. ' +
      'The public record is longer: new enrolments were suspended in January 2021 and the program terminated in ' +
      'June 2021, a court ordered it restarted in August 2021, it ran again from December 2021, and it ended in ' +
      'August 2022 after the Supreme Court ruled in Biden v. Texas. A page from late 2021 or 2022 describes a ' +
      'program that was running again; the status line gives the state on each date, with its sources.',
    explanationEs:
      '003 (enero de 2025) dice que los MPP se lanzaron en 2019, que el presidente Biden los terminó en 2021 y que ' +
      'Trump los revivió. El registro público es más largo: las nuevas inscripciones se suspendieron en enero de ' +
      '2021 y el programa se dio por terminado en junio de 2021, un tribunal ordenó reanudarlo en agosto de 2021, ' +
      'volvió a operar desde diciembre de 2021 y terminó en agosto de 2022 tras el fallo de la Corte Suprema en ' +
      'Biden v. Texas. Una página de finales de 2021 o de 2022 describe un programa que funcionaba de nuevo; la ' +
      'línea de estado da la situación en cada fecha, con sus fuentes.',
  },
  {
    id: 'first-bus-not-all-under-mpp',
    kind: 'framing',
    title: '"Nearly 70" on the first bus: 69 people, 66 of them under MPP',
    titleEs: '«Casi 70» en el primer autobús: 69 personas, 66 de ellas bajo los MPP',
    members: ['first-bus-nearly-70', 'first-bus-69', 'first-bus-66-under-mpp', S000],
    explanation:
      '000 rounds the first voluntary-return bus to "nearly 70" migrants, gives 69 people on board, and says 66 of ' +
      'them were subject to MPP; its headline speaks of "asylum seekers turned away by U.S.", which fits 66 of the ' +
      '69. 40 + 22 + 7 = 69, so the nationality breakdown covers everyone on board, not only the 66.',
    explanationEs:
      '000 redondea el primer autobús de retorno voluntario a «casi 70» migrantes, da 69 personas a bordo y dice que 66 estaban sujetas a los MPP; su titular habla de «solicitantes de asilo rechazados por EE. UU.», lo que describe a 66 de los 69. 40 + 22 + 7 = 69, así que el desglose por nacionalidad cubre a todos los pasajeros, no solo a los 66.',
  },
  {
    id: 'guatemala-agreement-is-not-mpp',
    kind: 'framing',
    title: 'The Guatemala Asylum Cooperative Agreement is a different policy',
    titleEs: 'El Acuerdo de Cooperación de Asilo con Guatemala es otra política',
    members: [S004, 'transfer-under-guatemala-aca', 'aca-send-to-apply-in-guatemala', 'mpp-definition-2025'],
    explanation:
      '004 reports transfers of Mexican asylum seekers to Guatemala under the Guatemala Asylum Cooperative Agreement, ' +
      'which sends people to seek protection in Guatemala instead of the US. MPP makes asylum seekers wait in Mexico ' +
      'for a US court date. Both are Trump-era border policies, which makes them easy to conflate.',
    explanationEs:
      '004 informa de traslados de solicitantes de asilo mexicanos a Guatemala bajo el Acuerdo de Cooperación de Asilo con Guatemala, que envía a las personas a pedir protección en Guatemala en lugar de EE. UU. Los MPP hacen esperar en México a los solicitantes de asilo su audiencia en EE. UU. Ambas son políticas fronterizas de la era Trump, lo que facilita confundirlas.',
  },
  {
    id: '002-headline-puts-paraphrase-in-quotes',
    kind: 'framing',
    title: '002’s headline quotes words its source never quotes',
    titleEs: 'El titular de 002 entrecomilla palabras que su fuente nunca cita',
    members: ['no-formal-agreement-headline', 'velasco-no-formal-agreement'],
    explanation:
      '002’s headline puts “no formal agreement between Mexico and the U.S.” in quotation marks, but the body (and ' +
      '001) only paraphrases Roberto Velasco: "there was no formal agreement between Mexico and the United States". ' +
      'The statement also dates from December 2018, not from the March 2019 rejection the article reports.',
    explanationEs:
      'El titular de 002 pone entre comillas «no formal agreement between Mexico and the U.S.», pero el cuerpo (y 001) solo parafrasea a Roberto Velasco: no había acuerdo formal entre México y Estados Unidos. La declaración además es de diciembre de 2018, no del rechazo de marzo de 2019 que relata la nota.',
  },
  {
    id: 'sheinbaum-quote-unclear',
    kind: 'framing',
    title: '003 mixes paraphrase and quotation of Sheinbaum',
    titleEs: '003 mezcla paráfrasis y cita de Sheinbaum',
    members: ['sheinbaum-humanitarian-assistance', S003],
    explanation:
      '003 closes a quotation (“... of other nationalities,” she said) that it never opens, so a reader cannot tell ' +
      'which words are Sheinbaum’s and which are the writer’s. The page also names no outlet and has no headline.',
    explanationEs:
      '003 cierra una cita («... de otras nacionalidades», dijo) que nunca abre, así que el lector no puede saber qué palabras son de Sheinbaum y cuáles de la autora. La página tampoco nombra medio ni tiene titular.',
  },
];
