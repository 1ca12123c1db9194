import type { Topic } from '../../lib/topic/schema';

/**
 * Names, cues and neighbours of the Migrant Protection Protocols. Aliases that differ only by
 * case, accents, dashes or spacing ("Remain-in-Mexico", "Quedate en Mexico") are left to the
 * matcher's folding; listing them twice with different kinds would make the folded form ambiguous.
 */
export const topic: Topic = {
  id: 'mpp',
  name: 'Migrant Protection Protocols',
  nameEs: 'Protocolos de Protección a Migrantes',
  // True on every date: what the policy is. Its state on a given date is the history's job (lib/topic/status.ts).
  summary:
    'A US policy (announced December 2018) that makes some non-Mexican asylum seekers wait in Mexico for US ' +
    'immigration court hearings. Whether it was in force depends on the date.',
  summaryEs:
    'Política de EE. UU. (anunciada en diciembre de 2018) que hace esperar en México a algunos solicitantes de ' +
    'asilo no mexicanos sus audiencias en tribunales de inmigración de EE. UU. Si estaba vigente depende de la fecha.',
  summaryRecords: ['dhs-2018-12-20-announcement', 'crs-lsb10251-2019-02-01', 'aic-2024-02-01-mpp-explainer'],
  statusQuantity: 'people-returned-under-mpp',
  aliases: [
    { text: 'Migrant Protection Protocols', lang: 'en', kind: 'name' },
    { text: 'Migrant Protection Protocol', lang: 'en', kind: 'name' },
    // DHS's own first announcement (20 Dec 2018) and several newsrooms: alias-sources.json.
    { text: 'Migration Protection Protocols', lang: 'en', kind: 'name' },
    { text: 'MPP', lang: 'en', kind: 'short' },
    // An everyday phrase too ("asylum seekers must remain in Mexico"), so it needs quotes, title case or a cue.
    { text: 'Remain in Mexico', lang: 'en', kind: 'phrase' },
    { text: 'stay in Mexico', lang: 'en', kind: 'phrase' },
    // Spanish-language media's name for the policy; also a tourism slogan, hence 'phrase'.
    { text: 'Quédate en México', lang: 'es', kind: 'phrase' },
    { text: 'Permanecer en México', lang: 'es', kind: 'phrase' },
    // Other imperatives of quedarse and permanecer that Spanish copy uses for the name: phrases,
    // since each is also ordinary speech ("permanezca en México hasta su audiencia").
    { text: 'Quédese en México', lang: 'es', kind: 'phrase' },
    { text: 'Quédense en México', lang: 'es', kind: 'phrase' },
    { text: 'Permanece en México', lang: 'es', kind: 'phrase' },
    { text: 'Permanezca en México', lang: 'es', kind: 'phrase' },
    { text: 'Permanezcan en México', lang: 'es', kind: 'phrase' },
    { text: 'Protocolos de Protección a Migrantes', lang: 'es', kind: 'name' },
    { text: 'Protocolos de Protección al Migrante', lang: 'es', kind: 'name' },
    { text: 'Protocolos de Protección de Migrantes', lang: 'es', kind: 'name' },
    { text: 'Protocolos de Protección de los Migrantes', lang: 'es', kind: 'name' },
    { text: 'Protocolos de Protección Migratoria', lang: 'es', kind: 'name' },
    { text: 'Protocolo de Protección a Migrantes', lang: 'es', kind: 'name' },
    { text: 'Protocolo de Protección al Migrante', lang: 'es', kind: 'name' },
    { text: 'Protocolo de Protección de Migrantes', lang: 'es', kind: 'name' },
    { text: 'PPM', lang: 'es', kind: 'short' },
    // Hashtags write the words run together: "#RemainInMexico", "#QuédateEnMéxico".
    { text: 'RemainInMexico', lang: 'en', kind: 'phrase' },
    { text: 'QuédateEnMéxico', lang: 'es', kind: 'phrase' },
  ],
  cues: [
    'asylum',
    'asylum seeker',
    'asylum seekers',
    'migrant',
    'migrants',
    'border',
    'DHS',
    'Homeland Security',
    'immigration',
    'immigration court',
    'deportation',
    'Border Patrol',
    'CBP',
    'Trump',
    'Biden',
    'Sheinbaum',
    'López Obrador',
    'Tijuana',
    'San Ysidro',
    'Mexicali',
    'Calexico',
    'Ciudad Juárez',
    'El Paso',
    'Matamoros',
    'Nuevo Laredo',
    'asilo',
    'solicitantes de asilo',
    'migrante',
    'migrantes',
    'frontera',
    'inmigración',
    'deportados',
    'Segob',
    'SRE',
  ],
  // 'trip' and bare 'tracking' are deliberately absent: 000 reports "The trip is the first one under
  // the new program" a few words from "Remain in Mexico", and migrants are "tracked" in real coverage.
  antiCues: [
    'Ontario',
    "Queen's Park",
    'riding',
    'provincial',
    'Legislative Assembly',
    'MPPs',
    // "Ottawa-area MPP", "a Windsor-area MPP": a member of a provincial parliament, never the policy.
    'area MPP',
    // A party before "MPP" makes it a provincial legislator, even beside "Trump" or "border".
    'NDP',
    'New Democrat',
    'PC MPP',
    'Tory MPP',
    'Liberal MPP',
    'Green MPP',
    'Conservative MPP',
    'Independent MPP',
    'Progressive Conservative',
    'Doug Ford',
    'Ford government',
    'solar',
    'inverter',
    'photovoltaic',
    'MPPT',
    'maximum power point',
    'power point tracking',
    'Microsoft Project',
    '.mpp',
    'project file',
    'vacation',
    'holiday',
    'tourists',
    'tourism',
    'resort',
    'beach',
    'vacaciones',
    'turistas',
    'turismo',
    'playa',
    'turista',
    'hotel',
    'hotels',
    'hoteles',
    'descuento',
    'discount',
    // Travel deals beside the news on a section front.
    'all-inclusive',
    'todo incluido',
    'spring break',
    'travelers',
    'travellers',
    // A club's fans begging a player to stay: «Quédate en México, Wilmer». Not "stadium" or
    // "striker": shelters were set up in stadiums, and hunger strikes are news of the policy too.
    'gol',
    'goleador',
    'delantero',
    'futbolista',
  ],
  neighbours: [
    {
      name: 'Guatemala Asylum Cooperative Agreement',
      aliases: [
        'Asylum Cooperative Agreement',
        'Asylum Cooperative Agreements',
        'ACA',
        'safe third country agreement',
        'safe third country agreement with Guatemala',
        'Acuerdo de Cooperación en materia de Asilo',
        'tercer país seguro',
      ],
      note:
        'Sends asylum seekers to Guatemala to seek protection there instead of the US (brokered July 2019; similar ' +
        'deals with Honduras and El Salvador). MPP instead makes them wait in Mexico for a US court date.',
    },
    {
      name: 'Temporary Program of Voluntary Returns',
      aliases: [
        'Programa Temporal de Retorno Voluntario',
        'voluntary returns program',
        'voluntary return program',
      ],
      note:
        "Mexico's own July 2019 program busing migrants stranded under MPP back to Central America if they choose; " +
        'a response to MPP, not part of it.',
    },
  ],
};
