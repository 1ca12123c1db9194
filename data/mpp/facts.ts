import type { Fact } from '../../lib/topic/schema';
import { S000, S001, S002, S003, S004 } from './seed-files';

/**
 * Curated facts. `statement` is ours; `quote` is copied byte for byte from `seed` (curly quotes and
 * U+00A0 included, written as \u00a0 so they stay visible). `asOf` is when the fact held, which for
 * 001 and 002 is March 2019 whatever date those pages print.
 */
type FactInput = Omit<Fact, 'topic'>;

const facts000: FactInput[] = [
  {
    id: 'mexico-launches-voluntary-returns',
    statement:
      'Mexico launched a program to take asylum seekers turned back by US border officials home to Central America.',
    statementEs:
      'México puso en marcha un programa para llevar de vuelta a sus hogares en Centroamérica a solicitantes de asilo rechazados por agentes fronterizos de Estados Unidos.',
    quote:
      'The Mexican government unveiled on Tuesday a new program to transport asylum seekers turned back by U.S. border officials back to their home countries in Central America.',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'mexico-response'],
    people: [],
    places: ['Mexico', 'Central America'],
  },
  {
    id: 'mpp-16500-made-to-wait',
    statement:
      'By July 2019 the Trump administration had made more than 16,500 migrants wait in Mexico for their US asylum cases.',
    statementEs:
      'Para julio de 2019, el gobierno de Trump había obligado a más de 16,500 migrantes a esperar en México la resolución de sus casos de asilo en Estados Unidos.',
    quote:
      'the Trump administration has required more than 16,500 migrants to wait in Mexico while their asylum cases are adjudicated in U.S. courts',
    seed: S000,
    asOf: '2019-07',
    tags: ['figures', 'returns', 'us-policy'],
    people: ['Donald Trump'],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'voluntary-returns-program-name',
    statement: 'Mexico called its busing scheme the "Temporary Program of Voluntary Returns".',
    statementEs:
      'México llamó a su plan de traslados en autobús "Programa Temporal de Retornos Voluntarios".',
    quote:
      'With its new program, known as the "Temporary Program of Voluntary Returns," the Mexican government is offering to help these migrants',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'names', 'neighbour'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'migrants-stranded-in-border-cities',
    statement: 'Most migrants waiting under the policy were stranded in Mexican border cities.',
    statementEs:
      'La mayoría de los migrantes que esperaban bajo esta política estaban varados en ciudades fronterizas mexicanas.',
    quote: "most who have been stranded in Mexico's border cities",
    seed: S000,
    asOf: '2019-07',
    tags: ['conditions', 'border-cities'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'first-bus-left-chihuahua',
    statement:
      "Mexico's National Migration Institute said the first bus, with nearly 70 migrants, left Chihuahua for Guatemala, Honduras and El Salvador.",
    statementEs:
      'El Instituto Nacional de Migración de México informó que el primer autobús, con casi 70 migrantes, salió de Chihuahua rumbo a Guatemala, Honduras y El Salvador.',
    quote:
      "a bus carrying nearly 70 migrants left Chihuahua, a city in the country's northwest, on Tuesday morning and headed towards destinations in Guatemala, Honduras and El Salvador",
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'bus', 'figures'],
    people: [],
    places: ['Chihuahua', 'Guatemala', 'Honduras', 'El Salvador'],
  },
  {
    id: 'voluntary-returns-with-aid-groups',
    statement:
      'Mexican officials ran the return program together with international and local groups caring for migrants under the policy.',
    statementEs:
      'Funcionarios mexicanos operaban el programa de retorno junto con organizaciones internacionales y locales que atendían a migrantes sujetos a esta política.',
    quote:
      'Mexican officials are collaborating with international and local groups taking care of migrants subject to the "Remain in Mexico" policy',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'humanitarian'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'first-group-from-ciudad-juarez',
    statement:
      'The first migrants helped by the return program had been staying in Ciudad Juárez, across from El Paso.',
    statementEs:
      'Los primeros migrantes apoyados por el programa de retorno se encontraban en Ciudad Juárez, frente a El Paso.',
    quote:
      "the first group of Central American migrants assisted by the program had been previously staying in Ciudad Juárez, El Paso's neighboring city",
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'border-cities'],
    people: [],
    places: ['Ciudad Juárez', 'El Paso'],
  },
  {
    id: 'three-border-cities-receive-returns',
    statement: 'By July 2019 three Mexican border cities were receiving asylum seekers returned by the US.',
    statementEs:
      'Para julio de 2019, tres ciudades fronterizas mexicanas recibían a solicitantes de asilo devueltos por Estados Unidos.',
    quote:
      'one of three Mexican border cities that have received asylum seekers returned to Mexico by U.S. authorities',
    seed: S000,
    asOf: '2019-07',
    tags: ['border-cities', 'expansion', 'figures'],
    people: [],
    places: ['Ciudad Juárez', 'Mexicali', 'Tijuana'],
  },
  {
    id: 'first-bus-66-of-69-under-mpp',
    statement: 'Of the 69 people on the first return bus, 66 had been placed under the US policy.',
    statementEs:
      'De las 69 personas que viajaban en el primer autobús de retorno, 66 habían quedado sujetas a la política estadounidense.',
    quote: 'Sixty-six of the 69 people onboard the first bus were subject to the U.S. policy',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'bus', 'figures'],
    people: [],
    places: [],
  },
  {
    id: 'mpp-challenged-in-court-2019',
    statement: 'In July 2019 the policy was being challenged in US courts.',
    statementEs: 'En julio de 2019, la política enfrentaba impugnaciones en tribunales de Estados Unidos.',
    quote: 'which is being challenged in court',
    seed: S000,
    asOf: '2019-07',
    tags: ['litigation'],
    people: [],
    places: ['United States'],
  },
  {
    id: 'first-bus-nationalities',
    statement: 'The first bus carried 40 Hondurans, 22 Guatemalans and 7 Salvadorans.',
    statementEs: 'En el primer autobús viajaban 40 hondureños, 22 guatemaltecos y 7 salvadoreños.',
    quote: 'Forty of them are from Honduras, 22 are from Guatemala and seven are from El Salvador.',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'bus', 'figures'],
    people: [],
    places: ['Honduras', 'Guatemala', 'El Salvador'],
  },
  {
    id: 'returnees-get-reentry-documents',
    statement:
      'Migrants who go home under the program get papers letting them re-enter Mexico for their US court date.',
    statementEs:
      'Los migrantes que regresan a su país con el programa reciben documentos que les permiten volver a entrar a México para acudir a su audiencia en la corte estadounidense.',
    quote:
      'the migrants who choose to participate in this new program are given documents that allow them to reenter Mexico when the date for their court day in the U.S. approaches',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'courts'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'no-help-to-come-back',
    statement: 'Mexico did not commit to helping returnees who travel north again for their hearings.',
    statementEs:
      'México no se comprometió a ayudar a los retornados que vuelvan a viajar al norte para asistir a sus audiencias.',
    quote: 'The Mexican government made no commitment to assist migrants who choose to reenter Mexico',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'mexico-response'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'mpp-official-name-cbs',
    statement:
      '"Remain in Mexico" is the colloquial name; the US government officially calls it the Migrant Protection Protocols (MPP).',
    statementEs:
      '"Quédate en México" es el nombre coloquial; el nombre oficial que le da el gobierno de Estados Unidos es Protocolos de Protección a Migrantes (MPP).',
    quote: 'officially called by the U.S. government the Migrant Protection Protocols (MPP)',
    seed: S000,
    asOf: '2019-07',
    tags: ['names'],
    people: [],
    places: ['United States'],
  },
  {
    id: 'waiting-migrants-conditions',
    statement:
      'Migrants waiting in Mexico struggled to find shelter and work, some faced persecution and extortion, and most had no lawyer in court.',
    statementEs:
      'Los migrantes que esperaban en México tenían dificultades para encontrar albergue y trabajo; algunos enfrentaron persecución y extorsión, y la mayoría no contaba con abogado ante la corte.',
    quote:
      'these Central American migrants struggle to find shelter and employment in Mexico, some face persecution and extortion and most will show up to court without a lawyer',
    seed: S000,
    asOf: '2019-07',
    tags: ['conditions', 'courts', 'humanitarian'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'voluntary-returns-to-expand',
    statement: 'The return program was to expand to migrants sent back to Mexicali and Tijuana.',
    statementEs: 'El programa de retorno se ampliaría a los migrantes devueltos a Mexicali y Tijuana.',
    quote:
      'The initiative by the Mexican government is slated to\u00a0expand to assist migrants returned by U.S. authorities to Mexicali and Tijuana',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'expansion'],
    people: [],
    places: ['Mexicali', 'Tijuana'],
  },
  {
    id: 'mpp-locations-july-2019',
    statement:
      'In July 2019 the policy operated opposite Calexico and San Diego as well as El Paso: three crossings in all.',
    statementEs:
      'En julio de 2019, la política operaba frente a Calexico y San Diego, además de El Paso: tres cruces fronterizos en total.',
    quote:
      'which border Calexico and San Diego, the other two locations where the "Remain in Mexico" policy is in place',
    seed: S000,
    asOf: '2019-07',
    tags: ['border-cities', 'expansion'],
    people: [],
    places: ['Calexico', 'San Diego', 'Mexicali', 'Tijuana'],
  },
  {
    id: 'tariff-deal-june-2019',
    statement:
      'In June 2019 the US and Mexico struck an agreement that averted Trump’s threatened tariffs on Mexican goods.',
    statementEs:
      'En junio de 2019, Estados Unidos y México alcanzaron un acuerdo que evitó los aranceles con los que Trump había amenazado a los productos mexicanos.',
    quote:
      "Under the\u00a0agreement\u00a0reached by the U.S. and Mexico earlier last month to avert President Trump's threats to impose tariffs on Mexican goods",
    seed: S000,
    asOf: '2019-06',
    tags: ['agreement', 'tariffs', 'diplomacy'],
    people: ['Donald Trump'],
    places: ['United States', 'Mexico'],
  },
  {
    id: 'us-pledged-border-wide-expansion',
    statement:
      'Under that June 2019 deal the Trump administration pledged to expand "Remain in Mexico" along the whole southern border at once.',
    statementEs:
      'Con ese acuerdo de junio de 2019, el gobierno de Trump se comprometió a ampliar "Quédate en México" a toda la frontera sur estadounidense de una sola vez.',
    quote:
      'the Trump administration pledged to "immediately" carry out the expansion of "Remain in Mexico" along the entire\u00a0southern border',
    seed: S000,
    asOf: '2019-06',
    tags: ['agreement', 'expansion', 'us-policy'],
    people: ['Donald Trump'],
    places: ['United States', 'Mexico'],
  },
  {
    id: 'mexico-pledged-enforcement',
    statement:
      'In the same deal Mexico promised tougher enforcement on its northern border and its border with Guatemala.',
    statementEs:
      'En el mismo acuerdo, México prometió endurecer los controles en su frontera norte y en su frontera con Guatemala.',
    quote:
      'the Mexican government vowed to bolster enforcement at its northern border and the one with Guatemala',
    seed: S000,
    asOf: '2019-06',
    tags: ['agreement', 'enforcement', 'mexico-response'],
    people: [],
    places: ['Mexico', 'Guatemala'],
  },
  {
    id: 'busing-link-to-talks-unclear',
    statement:
      'CBS could not say whether the busing program was part of Mexico’s negotiations with the Trump administration.',
    statementEs:
      'CBS no pudo precisar si el programa de traslados en autobús formaba parte de las negociaciones de México con el gobierno de Trump.',
    quote:
      'It is unclear if the new busing program by the Mexican government is part of negotiations with the Trump administration.',
    seed: S000,
    asOf: '2019-07',
    tags: ['voluntary-returns', 'diplomacy'],
    people: [],
    places: ['Mexico', 'United States'],
  },
];

const facts001: FactInput[] = [
  {
    id: 'stay-in-mexico-headline',
    statement: 'Mexico News Daily headlined the policy as the ‘stay in Mexico’ policy.',
    statementEs: 'En su titular, Mexico News Daily llamó a la medida la política ‘stay in Mexico’.',
    quote: 'Mexico rejects US plan to extend ‘stay in Mexico’ policy for asylum seekers',
    seed: S001,
    asOf: '2019-03',
    tags: ['names', 'mexico-response'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'mexico-rejects-second-crossing',
    statement:
      "Mexico's federal government rejected the US plan to return asylum seekers through a second border crossing.",
    statementEs:
      'El gobierno federal de México rechazó el plan de Estados Unidos de devolver a solicitantes de asilo por un segundo cruce fronterizo.',
    quote:
      'The federal government has rejected the United States’ announcement that it will return asylum-seeking migrants to Mexico\u00a0to await their immigration court hearings via a second border crossing.',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'expansion', 'courts'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'mpp-began-at-san-ysidro',
    statement: 'MPP started in early 2019 at the San Ysidro crossing between Tijuana and San Diego.',
    statementEs:
      'Los MPP comenzaron a principios de 2019 en el cruce de San Ysidro, entre Tijuana y San Diego.',
    quote: 'began earlier this year at the San Ysidro border crossing between Tijuana and San Diego',
    seed: S001,
    asOf: '2019',
    tags: ['launch', 'border-cities'],
    people: [],
    places: ['San Ysidro', 'Tijuana', 'San Diego'],
  },
  {
    id: 'extension-to-mexicali-calexico',
    statement: 'In March 2019 DHS said MPP would extend to the Mexicali–Calexico crossing.',
    statementEs:
      'En marzo de 2019, el Departamento de Seguridad Nacional (DHS) dijo que los MPP se extenderían al cruce Mexicali–Calexico.',
    quote:
      'will now extend to the crossing between Mexicali and Calexico, U.S. Department of Homeland Security (DHS) officials said Monday',
    seed: S001,
    asOf: '2019-03',
    tags: ['expansion', 'us-policy', 'border-cities'],
    people: [],
    places: ['Mexicali', 'Calexico'],
  },
  {
    id: 'sre-rejects-unilateral-measure',
    statement: "Mexico's foreign ministry (SRE) said Mexico does not agree with the unilateral US measure.",
    statementEs:
      'La Secretaría de Relaciones Exteriores (SRE) dijo que México no está de acuerdo con la medida unilateral de Estados Unidos.',
    quote:
      '“the Mexican government doesn’t agree with this unilateral measure implemented by the United States authorities.”',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'agreement'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'us-announced-returns-in-december',
    statement:
      'The US first announced in December 2018 that it would return non-Mexican asylum seekers to Mexico.',
    statementEs:
      'Estados Unidos anunció por primera vez en diciembre de 2018 que devolvería a México a solicitantes de asilo no mexicanos.',
    quote:
      'When the United States first announced in December that it would begin returning non-Mexican migrants to Mexico while their asylum claims were processed',
    seed: S001,
    asOf: '2018-12',
    tags: ['launch', 'us-policy'],
    people: [],
    places: ['United States', 'Mexico'],
  },
  {
    id: 'mexico-temporary-humanitarian-entry',
    statement: 'Mexico said it would let returned migrants in only temporarily and for humanitarian reasons.',
    statementEs:
      'México dijo que permitiría la entrada de los migrantes devueltos solo de manera temporal y por razones humanitarias.',
    quote:
      'the SRE said it would authorize for humanitarian reasons, and only temporarily, the entry of migrants from the United States',
    seed: S001,
    asOf: '2018-12',
    tags: ['mexico-response', 'humanitarian'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'mexico-conditions-interview-hearing',
    statement:
      'Mexico required that returned migrants had already been interviewed by US officials and given an immigration court date.',
    statementEs:
      'México exigió que los migrantes devueltos ya hubieran sido entrevistados por funcionarios estadounidenses y contaran con una fecha de audiencia ante una corte de inmigración.',
    quote:
      'the returning migrants must have already been interviewed by U.S. authorities and given an appointment to appear before an immigration judge',
    seed: S001,
    asOf: '2018-12',
    tags: ['mexico-response', 'courts'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'velasco-no-formal-agreement',
    statement:
      'SRE spokesman Roberto Velasco said there was no formal agreement with the US: MPP was a unilateral US move Mexico had to respond to.',
    statementEs:
      'Roberto Velasco, vocero de la Secretaría de Relaciones Exteriores (SRE), dijo que no había un acuerdo formal con Estados Unidos: los MPP eran una medida unilateral estadounidense a la que México tenía que responder.',
    quote:
      'there was no formal agreement between Mexico and the United States but rather that the “Remain in Mexico” plan was a “unilateral move” by the latter “that we have to respond to.”',
    seed: S001,
    asOf: '2018-12',
    tags: ['agreement', 'mexico-response'],
    people: ['Roberto Velasco'],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'mexico-promised-adult-men-only',
    statement: 'Mexico had promised to accept only adult male asylum seekers under MPP.',
    statementEs:
      'México había prometido aceptar bajo los MPP únicamente a hombres adultos solicitantes de asilo.',
    quote: 'Despite promising to only accept adult male asylum seekers',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'families'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'mexico-took-women-and-children',
    statement: 'According to The New York Times, Mexico also took in returned women and children.',
    statementEs: 'Según The New York Times, México también recibió a mujeres y niños devueltos.',
    quote:
      'Mexico has also taken in returning women and children, The New York Times reported earlier this month.',
    seed: S001,
    asOf: '2019-03',
    tags: ['families', 'mexico-response'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'advocates-sue',
    statement:
      'Immigrant rights advocates went to court against MPP, saying it leaves migrants in dangerous border cities.',
    statementEs:
      'Defensores de los derechos de los inmigrantes impugnaron los MPP en los tribunales, con el argumento de que dejan a los migrantes en ciudades fronterizas peligrosas.',
    quote:
      'Immigrant rights advocates have initiated legal action against the initiative, arguing that it forces migrants to wait in dangerous Mexican border cities',
    seed: S001,
    asOf: '2019-03',
    tags: ['litigation', 'conditions'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'only-240-returned-march-2019',
    statement:
      'In March 2019 US officials said only 240 migrants had been returned to Mexico under MPP so far.',
    statementEs:
      'En marzo de 2019, funcionarios estadounidenses dijeron que hasta entonces solo 240 migrantes habían sido devueltos a México bajo los MPP.',
    quote: 'only 240 migrants have so far been returned to Mexico under the program',
    seed: S001,
    asOf: '2019-03',
    tags: ['figures', 'returns'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'crossings-76000-february-2019',
    statement: '76,000 people crossed Mexico’s northern border in February 2019, dwarfing the 240 returned.',
    statementEs:
      'En febrero de 2019, 76,000 personas cruzaron la frontera norte de México, muy por encima de los 240 devueltos.',
    quote: 'a small fraction of the 76,000 that crossed Mexico’s northern border last month',
    seed: S001,
    asOf: '2019-02',
    tags: ['figures', 'crossings'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'dhs-starting-small',
    statement:
      'A DHS official said the US was "starting small" to test the process and its coordination with Mexico.',
    statementEs:
      'Un funcionario del Departamento de Seguridad Nacional (DHS) dijo que Estados Unidos estaba "empezando a pequeña escala" para probar el proceso y su coordinación con México.',
    quote:
      '“We are starting small to see how this process works,” a DHS official told reporters at a briefing.',
    seed: S001,
    asOf: '2019-03',
    tags: ['us-policy'],
    people: [],
    places: ['United States'],
  },
  {
    id: 'mexicali-arrivals-this-week',
    statement: 'The SRE said returned migrants would start arriving in Mexicali from Calexico that week.',
    statementEs:
      'La Secretaría de Relaciones Exteriores (SRE) dijo que esa semana comenzarían a llegar a Mexicali, desde Calexico, migrantes devueltos.',
    quote:
      'The SRE said migrants will begin arriving in Mexicali, Baja California, from Calexico, California, this week',
    seed: S001,
    asOf: '2019-03',
    tags: ['expansion', 'border-cities'],
    people: [],
    places: ['Mexicali', 'Calexico'],
  },
  {
    id: 'juarez-el-paso-extension-reported',
    statement: 'A March 2019 report said MPP could next reach the Ciudad Juárez–El Paso crossing.',
    statementEs:
      'Un informe de marzo de 2019 señaló que los MPP podrían llegar después al cruce Ciudad Juárez–El Paso.',
    quote:
      'the\u00a0“Remain in Mexico” program could also be extended to the border crossing between Ciudad Juárez, Chihuahua, and El Paso, Texas',
    seed: S001,
    asOf: '2019-03',
    tags: ['expansion', 'border-cities'],
    people: [],
    places: ['Ciudad Juárez', 'El Paso', 'Chihuahua', 'Texas'],
  },
  {
    id: 'mexico-info-contact-humanitarian-only',
    statement:
      'Mexico said it kept in contact with US authorities about returnees only for humanitarian reasons.',
    statementEs:
      'México dijo que mantenía contacto con las autoridades estadounidenses sobre los migrantes devueltos solo por razones humanitarias.',
    quote:
      'Mexico has maintained contact with United States authorities to receive information about the people who will be returned to Mexico but only for “humanitarian reasons.”',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'humanitarian'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'contact-is-not-agreement',
    statement:
      'Mexico said exchanging information with the US did not mean it agreed with US unilateral decisions.',
    statementEs:
      'México dijo que intercambiar información con Estados Unidos no significaba estar de acuerdo con las decisiones unilaterales estadounidenses.',
    quote:
      'This exchange of information does not in any way mean that the Mexican government agrees with the decisions and actions taken unilaterally by the government of the United States.',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'agreement'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'caravans-reached-northern-border',
    statement:
      'Thousands of migrants, mostly from Honduras, Guatemala and El Salvador, reached Mexico’s northern border in caravans in late 2018 and early 2019.',
    statementEs:
      'Miles de migrantes, principalmente de Honduras, Guatemala y El Salvador, llegaron en caravanas a la frontera norte de México a finales de 2018 y principios de 2019.',
    quote:
      'Thousands of migrants, mainly from the northern triangle Central American countries of Honduras, Guatemala and El Salvador, have arrived at Mexico’s northern border in recent months as part of several large caravans.',
    seed: S001,
    asOf: '2019-03',
    tags: ['caravans', 'crossings'],
    people: [],
    places: ['Honduras', 'Guatemala', 'El Salvador', 'Mexico'],
  },
  {
    id: 'amlo-joint-development-plan',
    statement:
      'López Obrador pushed for a joint Mexico–US development plan to tackle the causes of migration in Central America.',
    statementEs:
      'López Obrador impulsó un plan conjunto de desarrollo entre México y Estados Unidos para atender las causas de la migración en Centroamérica.',
    quote:
      'continues to publicly advocate for the implementation of a joint Mexico-United States development plan to address the causes of migration',
    seed: S001,
    asOf: '2019-03',
    tags: ['diplomacy', 'root-causes'],
    people: ['Andrés Manuel López Obrador'],
    places: ['Mexico', 'United States', 'Central America'],
  },
  {
    id: 'amlo-100-days-no-force',
    statement: 'In his 100-day report López Obrador said he opposes using force to contain migration.',
    statementEs:
      'En su informe de 100 días, López Obrador dijo que se opone al uso de la fuerza para contener la migración.',
    quote: 'López Obrador said that he is not in favor of using force to contain migration',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'enforcement'],
    people: ['Andrés Manuel López Obrador'],
    places: ['Mexico'],
  },
  {
    id: 'humanitarian-visas-early-2019',
    statement: 'More than 10,000 migrants got Mexican humanitarian visas in southern Mexico in early 2019.',
    statementEs:
      'Más de 10,000 migrantes obtuvieron visas humanitarias mexicanas en el sur de México a principios de 2019.',
    quote: 'More than 10,000 migrants were granted humanitarian visas in southern Mexico earlier this year',
    seed: S001,
    asOf: '2019-03',
    tags: ['figures', 'visas', 'humanitarian'],
    people: [],
    places: ['southern Mexico'],
  },
  {
    id: 'nyt-mexico-carries-out-trump-agenda',
    statement:
      'The New York Times reported on 1 March 2019 that Mexican officials were carrying out Trump’s immigration agenda along the border.',
    statementEs:
      'The New York Times informó el 1 de marzo de 2019 que funcionarios mexicanos estaban ejecutando la agenda migratoria de Trump a lo largo de la frontera.',
    quote:
      '“Mexican officials are carrying out the Trump administration’s immigration agenda across wide stretches of the border',
    seed: S001,
    asOf: '2019-03-01',
    tags: ['enforcement', 'words-vs-deeds'],
    people: ['Donald Trump'],
    places: ['Mexico'],
  },
  {
    id: 'nyt-mexico-blocks-migrants',
    statement:
      'The Times said Mexican authorities blocked migrants from international bridges and helped manage US asylum waiting lists.',
    statementEs:
      'El Times dijo que las autoridades mexicanas bloqueaban el acceso de los migrantes a los puentes internacionales y ayudaban a administrar las listas de espera de asilo de Estados Unidos.',
    quote:
      'Mexican authorities are blocking groups of migrants at border towns, refusing to allow them on to international bridges to apply for asylum in the United States, intercepting unaccompanied minors before they can reach American soil, and helping to manage lists of asylum seekers on behalf of the American authorities',
    seed: S001,
    asOf: '2019-03-01',
    tags: ['enforcement', 'words-vs-deeds'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'reject-in-public-accept-in-practice',
    statement:
      'Mexico rejected the MPP extension publicly but still accepted the returned migrants on humanitarian grounds.',
    statementEs:
      'México rechazó públicamente la ampliación de los MPP, pero aun así aceptó a los migrantes devueltos por razones humanitarias.',
    quote:
      'The government’s decision to publicly reject the extension of the United States’\u00a0“Remain in Mexico” program but to accept the migrants for humanitarian reasons anyway',
    seed: S001,
    asOf: '2019-03',
    tags: ['mexico-response', 'words-vs-deeds'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'amlo-avoids-angering-trump',
    statement: 'Some officials described Mexico’s stance as López Obrador’s strategy of not angering Trump.',
    statementEs:
      'Algunos funcionarios describieron la postura de México como la estrategia de López Obrador de no hacer enojar a Trump.',
    quote: 'a strategic decision by López Obrador not to anger Trump',
    seed: S001,
    asOf: '2019-03',
    tags: ['diplomacy', 'words-vs-deeds'],
    people: ['Andrés Manuel López Obrador', 'Donald Trump'],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'mnd-credits-afp-npr-nyt',
    statement: 'The Mexico News Daily story credits AFP, NPR and The New York Times as its sources.',
    statementEs: 'La nota de Mexico News Daily cita como sus fuentes a AFP, NPR y The New York Times.',
    quote: 'Source: AFP (sp), NPR (en), The New York Times (en)',
    seed: S001,
    asOf: '2019-03',
    tags: ['attribution'],
    people: [],
    places: [],
  },
];

const facts002: FactInput[] = [
  {
    id: 'no-formal-agreement-headline',
    statement:
      'Page 002 headlines Mexico’s position as a quotation, “no formal agreement between Mexico and the U.S.”, wording its body text never quotes.',
    statementEs:
      'La página 002 titula la postura de México como una cita, “no formal agreement between Mexico and the U.S.”, palabras que el cuerpo de la nota nunca cita.',
    quote:
      'Mexico says there is “no formal agreement between Mexico and the U.S.” concerning the “Remain in Mexico” Policy',
    seed: S002,
    asOf: '2019-03',
    tags: ['agreement', 'framing', 'copy'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'extension-to-mexicali-calexico-002',
    statement:
      'Page 002 repeats that MPP, begun at San Ysidro, would extend to the Mexicali–Calexico crossing.',
    statementEs:
      'La página 002 repite que los MPP, iniciados en San Ysidro, se extenderían al cruce Mexicali–Calexico.',
    quote:
      'The plan, formally called the Migrant Protection Protocols but initially dubbed “Remain in Mexico,” began earlier this year at the San Ysidro border crossing',
    seed: S002,
    asOf: '2019-03',
    tags: ['expansion', 'names', 'copy'],
    people: [],
    places: ['San Ysidro', 'Mexicali', 'Calexico'],
  },
  {
    id: 'truncated-humanitarian-sentence-002',
    statement:
      'Page 002 cuts 001’s sentence short: it says the SRE would "authorize" for humanitarian reasons without saying what.',
    statementEs:
      'La página 002 deja incompleta la oración de la 001: dice que la Secretaría de Relaciones Exteriores (SRE) "autorizaría" por razones humanitarias sin decir qué.',
    quote: 'the SRE said it would authorize for humanitarian reasons, and only temporarily. However',
    seed: S002,
    asOf: '2019-03',
    tags: ['copy', 'mexico-response'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'velasco-no-formal-agreement-002',
    statement:
      'Page 002 repeats Roberto Velasco’s December 2018 statement that there was no formal agreement.',
    statementEs:
      'La página 002 repite la declaración de Roberto Velasco de diciembre de 2018 de que no había un acuerdo formal.',
    quote:
      'Foreign Affairs spokesman Roberto Velasco said at the time that there was no formal agreement between Mexico and the United States',
    seed: S002,
    asOf: '2018-12',
    tags: ['agreement', 'copy'],
    people: ['Roberto Velasco'],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'only-240-returned-002',
    statement: 'Page 002 repeats the March 2019 count of only 240 migrants returned under MPP.',
    statementEs:
      'La página 002 repite la cifra de marzo de 2019 de solo 240 migrantes devueltos bajo los MPP.',
    quote:
      'United States immigration officials say that only 240 migrants have so far been returned to Mexico under the program',
    seed: S002,
    asOf: '2019-03',
    tags: ['figures', 'returns', 'copy'],
    people: [],
    places: ['Mexico'],
  },
];

const facts003: FactInput[] = [
  {
    id: 'sheinbaum-has-not-agreed',
    statement:
      'In January 2025 President Sheinbaum said Mexico had not agreed to take non-Mexican asylum seekers under the reinstated program.',
    statementEs:
      'En enero de 2025, la presidenta Sheinbaum dijo que México no había aceptado recibir a solicitantes de asilo no mexicanos bajo el programa restablecido.',
    quote:
      'her administration has not agreed to accept non-Mexican migrants seeking asylum in the United States',
    seed: S003,
    asOf: '2025-01',
    tags: ['agreement', 'mexico-response'],
    people: ['Claudia Sheinbaum'],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'trump-reinstates-mpp-2025',
    statement: 'Trump reinstated "Remain in Mexico" after returning to office in January 2025.',
    statementEs: 'Trump restableció "Quédate en México" tras regresar a la presidencia en enero de 2025.',
    quote:
      'the recent reinstatement of the controversial “Remain in Mexico” program by US President Donald Trump',
    seed: S003,
    asOf: '2025-01',
    tags: ['reinstatement', 'us-policy'],
    people: ['Donald Trump'],
    places: ['United States'],
  },
  {
    id: 'mpp-definition-2025',
    statement:
      'MPP makes asylum seekers wait in Mexico while their US cases are processed, often for a long time.',
    statementEs:
      'Los MPP obligan a los solicitantes de asilo a esperar en México mientras se tramitan sus casos en Estados Unidos, a menudo durante mucho tiempo.',
    quote:
      'requires asylum seekers to wait in Mexico while their US cases are processed, often a lengthy ordeal',
    seed: S003,
    asOf: '2025-01',
    tags: ['names', 'courts'],
    people: [],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'mexico-consent-required',
    statement: 'Sheinbaum said any such policy needs Mexico’s formal consent, and it has not been given.',
    statementEs:
      'Sheinbaum dijo que cualquier política de ese tipo requiere el consentimiento formal de México, y que este no se ha otorgado.',
    quote:
      'any implementation of such a policy would require Mexico’s formal consent, which has not been granted',
    seed: S003,
    asOf: '2025-01',
    tags: ['agreement', 'mexico-response'],
    people: ['Claudia Sheinbaum'],
    places: ['Mexico'],
  },
  {
    id: 'sheinbaum-humanitarian-assistance',
    statement:
      'Mexico offers humanitarian help to deported migrants of other nationalities and helps those who want to go home.',
    statementEs:
      'México ofrece ayuda humanitaria a migrantes deportados de otras nacionalidades y apoya a quienes desean regresar a su país.',
    quote:
      'committed to offering humanitarian assistance to deported migrants of other nationalities,” she said, adding that mechanisms are in place to help those who voluntarily wish to return to their home countries',
    seed: S003,
    asOf: '2025-01',
    tags: ['humanitarian', 'voluntary-returns', 'mexico-response'],
    people: ['Claudia Sheinbaum'],
    places: ['Mexico'],
  },
  {
    id: 'trump-returns-to-white-house',
    statement:
      'Trump returned to the White House on Monday 20 January 2025, promising tougher immigration enforcement.',
    statementEs:
      'Trump regresó a la Casa Blanca el lunes 20 de enero de 2025 con la promesa de endurecer la aplicación de las leyes migratorias.',
    quote:
      'On Monday, Trump returned to the White House, pledging to aggressively enforce stricter immigration and border security measures.',
    seed: S003,
    asOf: '2025-01',
    tags: ['us-policy', 'reinstatement'],
    people: ['Donald Trump'],
    places: ['United States'],
  },
  {
    id: 'mpp-launched-2019',
    statement: 'MPP was first launched in 2019, during Trump’s first term.',
    statementEs: 'Los MPP se pusieron en marcha por primera vez en 2019, durante el primer mandato de Trump.',
    quote: 'initially launched in 2019 during his previous term',
    seed: S003,
    asOf: '2019',
    tags: ['launch'],
    people: ['Donald Trump'],
    places: ['United States'],
  },
  {
    id: 'mpp-criticised-border-camps',
    statement:
      'Human rights groups said MPP left vulnerable migrants, families and children included, in dangerous border camps exposed to organised crime.',
    statementEs:
      'Organizaciones de derechos humanos afirmaron que los MPP dejaron a migrantes vulnerables, incluidos familias y niños, en peligrosos campamentos fronterizos expuestos al crimen organizado.',
    quote:
      'placed vulnerable migrants, including families and children, in dangerous conditions in border camps susceptible to organised crime',
    seed: S003,
    asOf: '2025-01',
    tags: ['conditions', 'families', 'humanitarian'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'biden-ended-mpp-2021',
    statement: 'President Biden ended MPP in 2021, citing humanitarian concerns.',
    statementEs: 'El presidente Biden puso fin a los MPP en 2021, alegando preocupaciones humanitarias.',
    quote: 'In 2021, President Joe Biden ended the MPP program, citing humanitarian concerns',
    seed: S003,
    asOf: '2021',
    tags: ['termination', 'us-policy'],
    people: ['Joe Biden'],
    places: ['United States'],
  },
  {
    id: 'de-la-fuente-rubio-call',
    statement:
      'Foreign Minister Juan Ramón de la Fuente and US Secretary of State Marco Rubio discussed migration in a "very cordial" call.',
    statementEs:
      'El canciller Juan Ramón de la Fuente y el secretario de Estado de Estados Unidos, Marco Rubio, hablaron sobre migración en una llamada "muy cordial".',
    quote:
      'Mexico’s Foreign Minister Juan Ramon de la Fuente held a “very cordial” conversation with US Secretary of State Marco Rubio',
    seed: S003,
    asOf: '2025-01',
    tags: ['diplomacy'],
    people: ['Juan Ramón de la Fuente', 'Marco Rubio'],
    places: ['Mexico', 'United States'],
  },
  {
    id: 'mexico-food-housing-deportees',
    statement: 'Mexico committed to supporting deported migrants with food and temporary housing.',
    statementEs:
      'México se comprometió a apoyar a los migrantes deportados con alimentos y alojamiento temporal.',
    quote:
      'Mexico has committed to supporting deported migrants, including providing food and temporary housing',
    seed: S003,
    asOf: '2025-01',
    tags: ['humanitarian', 'mexico-response'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'open-question-mexico-relents',
    statement:
      'Whether Mexico would give in to US pressure and host non-Mexican asylum seekers remained open.',
    statementEs:
      'Seguía sin saberse si México cedería a la presión de Estados Unidos y recibiría a solicitantes de asilo no mexicanos.',
    quote:
      'The question remains whether Mexico will relent to US pressure or maintain its current stance against hosting non-Mexican asylum seekers',
    seed: S003,
    asOf: '2025-01',
    tags: ['agreement', 'diplomacy'],
    people: [],
    places: ['Mexico', 'United States'],
  },
];

const facts004: FactInput[] = [
  {
    id: 'mexicans-sent-to-guatemala',
    statement: 'In January 2020 DHS confirmed some Mexicans seeking US asylum would be sent to Guatemala.',
    statementEs:
      'En enero de 2020, el Departamento de Seguridad Nacional (DHS) confirmó que algunos mexicanos que solicitaban asilo en Estados Unidos serían enviados a Guatemala.',
    quote:
      'Some Mexicans seeking asylum in the United States will be sent to Guatemala as part of a bilateral agreement, the Department of Homeland Security confirmed Monday.',
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'asylum-cooperative-agreement'],
    people: [],
    places: ['Guatemala', 'United States', 'Mexico'],
  },
  {
    id: 'transfer-under-guatemala-aca',
    statement:
      'The transfers rest on the Guatemala Asylum Cooperative Agreement, a different policy from MPP.',
    statementEs:
      'Los traslados se basan en el Acuerdo de Cooperación de Asilo con Guatemala, una política distinta de los MPP.',
    quote: 'under the terms of the Guatemala Asylum Cooperative Agreement',
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'asylum-cooperative-agreement', 'names'],
    people: [],
    places: ['Guatemala'],
  },
  {
    id: 'aca-emails-buzzfeed',
    statement: 'Emails to asylum officers about the plan were first reported by BuzzFeed News.',
    statementEs:
      'BuzzFeed News fue el primero en informar sobre los correos electrónicos enviados a los oficiales de asilo acerca del plan.',
    quote:
      'Emails detailing the implementation of the plan were sent to asylum officials in recent days, as first reported by BuzzFeed News.',
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'asylum-cooperative-agreement'],
    people: [],
    places: ['United States'],
  },
  {
    id: 'aca-brokered-july-2019',
    statement: 'The Guatemala agreement was brokered in July 2019 with the outgoing Guatemalan government.',
    statementEs:
      'El acuerdo con Guatemala se negoció en julio de 2019 con el gobierno guatemalteco saliente.',
    quote:
      'The agreement, which was brokered in July between the Trump administration and the outgoing Guatemalan government',
    seed: S004,
    asOf: '2019-07',
    tags: ['neighbour', 'asylum-cooperative-agreement', 'agreement'],
    people: [],
    places: ['Guatemala', 'United States'],
  },
  {
    id: 'aca-send-to-apply-in-guatemala',
    statement:
      'The agreement lets US officials send asylum seekers from the US–Mexico border to seek protection in Guatemala instead.',
    statementEs:
      'El acuerdo permite a funcionarios estadounidenses enviar a solicitantes de asilo desde la frontera entre México y Estados Unidos para que, en cambio, busquen protección en Guatemala.',
    quote:
      'allows U.S. immigration officials to send migrants requesting asylum at the U.S.-Mexico border to apply for protection in Guatemala, instead',
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'asylum-cooperative-agreement'],
    people: [],
    places: ['Guatemala', 'United States', 'Mexico'],
  },
  {
    id: 'similar-deals-honduras-el-salvador',
    statement: 'The Trump administration made similar deals with Honduras and El Salvador in 2019.',
    statementEs: 'El gobierno de Trump alcanzó acuerdos similares con Honduras y El Salvador en 2019.',
    quote: 'The administration made similar deals with Honduras and El Salvador last year.',
    seed: S004,
    asOf: '2019',
    tags: ['neighbour', 'asylum-cooperative-agreement'],
    people: [],
    places: ['Honduras', 'El Salvador'],
  },
  {
    id: 'aca-critics-danger-capacity',
    statement:
      'Critics said migrants sent on to violence-plagued Central American countries could be further endangered.',
    statementEs:
      'Los críticos dijeron que los migrantes enviados a países centroamericanos azotados por la violencia podrían correr un peligro aún mayor.',
    quote:
      'migrants could be further endangered if they are sent to violence-plagued Central American countries',
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'conditions'],
    people: [],
    places: ['Central America'],
  },
  {
    id: 'mexico-disagrees-900-affected',
    statement:
      'Mexico’s foreign ministry disagreed with the Guatemala transfers and said around 900 asylum applicants could be affected.',
    statementEs:
      'La Secretaría de Relaciones Exteriores (SRE) expresó su desacuerdo con los traslados a Guatemala y dijo que alrededor de 900 solicitantes de asilo podrían verse afectados.',
    quote:
      "Mexico's Foreign Ministry said Monday night it disagreed with the policy, adding it could impact around 900 asylum applicants as of February.",
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'mexico-response', 'figures'],
    people: [],
    places: ['Mexico', 'Guatemala'],
  },
  {
    id: 'mexico-better-options-for-mexicans',
    statement:
      'Mexico said it would work with local and state authorities to offer options to affected Mexicans.',
    statementEs:
      'México dijo que trabajaría con autoridades locales y estatales para ofrecer opciones a los mexicanos afectados.',
    quote: 'offer better options to Mexicans who could be affected by this provision',
    seed: S004,
    asOf: '2020-01',
    tags: ['neighbour', 'mexico-response'],
    people: [],
    places: ['Mexico'],
  },
  {
    id: 'nbc-file-photo-june-2019',
    statement:
      'The photo on the 2020 NBC page is a file image from El Paso dated June 1, 2019, not a picture of the events.',
    statementEs:
      'La foto de la página de NBC de 2020 es una imagen de archivo de El Paso fechada el 1 de junio de 2019, no una imagen de los hechos.',
    quote: 'Migrants are loaded onto a bus by Border Patrol agents in El Paso, Texas, on June 1, 2019.',
    seed: S004,
    asOf: '2019-06-01',
    tags: ['dates', 'page-chrome'],
    people: [],
    places: ['El Paso', 'Texas'],
  },
];

export const facts: Fact[] = [...facts000, ...facts001, ...facts002, ...facts003, ...facts004].map(
  (fact) => ({
    ...fact,
    topic: 'mpp',
  }),
);
