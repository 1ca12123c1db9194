import { foldWords } from './fold';

/**
 * Spanish → English terms for the policy's vocabulary. The curated facts are written in English, so
 * a Spanish passage or query is bridged word by word; this is a retrieval aid, not a translator.
 * Keys are folded (no accents, lower case).
 */
const ES_TO_EN: Record<string, string> = {
  'quedate en mexico': 'remain in mexico',
  'permanecer en mexico': 'remain in mexico',
  'protocolos de proteccion a migrantes': 'migrant protection protocols',
  'protocolos de proteccion al migrante': 'migrant protection protocols',
  'estados unidos': 'united states',
  eeuu: 'united states',
  'ee uu': 'united states',
  'secretaria de relaciones exteriores': 'secretariat of foreign affairs sre',
  cancilleria: 'foreign ministry',
  canciller: 'foreign minister',
  'seguridad nacional': 'homeland security',
  'tercer pais seguro': 'safe third country',
  'acuerdo de cooperacion en materia de asilo': 'asylum cooperative agreement',
  'retorno voluntario': 'voluntary return',
  'visas humanitarias': 'humanitarian visas',
  asilo: 'asylum',
  solicitantes: 'seekers applicants',
  solicitante: 'seeker applicant',
  migrantes: 'migrants',
  migrante: 'migrant',
  inmigracion: 'immigration',
  frontera: 'border',
  fronteriza: 'border',
  fronterizas: 'border',
  fronterizo: 'border',
  fronterizos: 'border',
  acuerdo: 'agreement',
  acuerdos: 'agreements',
  autobus: 'bus',
  camion: 'bus',
  devueltos: 'returned',
  devueltas: 'returned',
  retornados: 'returned',
  regresados: 'returned',
  regresar: 'return',
  retorno: 'return',
  deportados: 'deported',
  esperar: 'wait',
  espera: 'wait',
  tribunales: 'courts',
  cortes: 'courts',
  audiencias: 'hearings',
  rechaza: 'rejects',
  rechazo: 'rejected',
  rechazan: 'reject',
  extension: 'extension extend',
  ampliacion: 'extension expand',
  ampliar: 'expand',
  programa: 'program',
  politica: 'policy',
  mexicanos: 'mexicans mexican',
  mexicano: 'mexican',
  mexicana: 'mexican',
  gobierno: 'government',
  presidente: 'president',
  presidenta: 'president',
  mujeres: 'women',
  ninos: 'children',
  hombres: 'men',
  adultos: 'adult',
  familias: 'families',
  caravanas: 'caravans',
  aranceles: 'tariffs',
  hondurenos: 'honduras',
  guatemaltecos: 'guatemala',
  salvadorenos: 'salvador',
  voluntario: 'voluntary',
  voluntaria: 'voluntary',
  humanitaria: 'humanitarian',
  humanitarias: 'humanitarian',
  humanitario: 'humanitarian',
  humanitarios: 'humanitarian',
  unilateral: 'unilateral',
  consentimiento: 'consent',
  reinstalacion: 'reinstatement',
  restablece: 'reinstates',
  restablecimiento: 'reinstatement',
  enviados: 'sent',
  enviara: 'send',
  enviar: 'send',
  cruzaron: 'crossed',
  visas: 'visas',
};

const PHRASES = Object.keys(ES_TO_EN)
  .filter((k) => k.includes(' '))
  .sort((a, b) => b.length - a.length);

/** English equivalents of the Spanish terms in `text`, or '' when none are known. */
export function englishEquivalents(text: string): string {
  let folded = ` ${foldWords(text)} `;
  const out: string[] = [];
  for (const phrase of PHRASES) {
    if (folded.includes(` ${phrase} `)) {
      out.push(ES_TO_EN[phrase]!);
      folded = folded.split(` ${phrase} `).join(' ');
    }
  }
  for (const word of folded.trim().split(' ')) {
    const english = ES_TO_EN[word];
    if (english) out.push(english);
  }
  return out.join(' ');
}
