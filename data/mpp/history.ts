import type { Figure, HistoryEvent, RecordSource } from '../../lib/topic/schema';
import record from './record.json';

/**
 * The policy's history beyond the seeds, from the public record (record.json: researched with its
 * citations; each statement written in our words, with a Spanish version). The seeds stop in
 * January 2025 and say almost nothing of 2021–2022; what the extension says of those years, and
 * the status it gives for any date, rests on these entries.
 */
export const recordAsOf: string = record.asOf;

export const records: RecordSource[] = record.records.map((r) => ({
  id: r.id,
  publisher: r.publisher,
  title: r.title,
  date: r.date,
  url: r.url,
  kind: r.kind as RecordSource['kind'],
}));

export const history: HistoryEvent[] = record.events.map((e) => ({
  id: e.id,
  date: e.date,
  event: e.event,
  eventEs: e.eventEs,
  ...('state' in e && e.state ? { state: e.state as HistoryEvent['state'] } : {}),
  records: e.records,
}));

const QUALIFIERS: Record<string, Figure['qualifier']> = {
  about: 'around',
  'more-than': 'more-than',
  exact: 'exact',
};

/** The same running count the seeds give (240 in March 2019, more than 16,500 in July 2019); CRS's 60,000 of March 2020. */
const RETURNED = 'people-returned-under-mpp';

interface QuantityInfo {
  quantity: string;
  label: string;
  labelEs: string;
  unit?: string;
  unitEs?: string;
  keywords?: string[];
}

const QUANTITIES: Record<string, QuantityInfo> = {
  'people-returned-so-far': {
    quantity: RETURNED,
    label: 'People returned to Mexico under MPP since January 2019',
    labelEs: 'Personas devueltas a México bajo los MPP desde enero de 2019',
    unit: 'migrants',
    unitEs: 'migrantes',
  },
  'people-returned-total-2019-2021': {
    quantity: RETURNED,
    label: 'People returned to Mexico under MPP, 2019–2021',
    labelEs: 'Personas devueltas a México bajo los MPP, 2019–2021',
    unit: 'migrants',
    unitEs: 'migrantes',
  },
  'people-enrolled-restart-2021-2022': {
    quantity: 'people-enrolled-mpp-restart',
    label: 'People enrolled in MPP after its December 2021 restart',
    labelEs: 'Personas inscritas en los MPP tras su reanudación de diciembre de 2021',
    keywords: ['enrolled', 'enrollments', 'enrolments', 'restart', 'restarted', 'inscritos', 'inscritas'],
  },
  'people-returned-restart-2021-2022': {
    quantity: 'people-returned-mpp-restart',
    label: 'People returned to Mexico after MPP’s December 2021 restart',
    labelEs: 'Personas devueltas a México tras la reanudación de los MPP en diciembre de 2021',
    keywords: [
      'restart',
      'restarted',
      'reinstated',
      'relaunched',
      'court-ordered',
      'reanudación',
      'reanudado',
    ],
  },
};

/** Each source's own figure, then the range they span, which is what a rounded press figure is checked against. */
export const recordFigures: Figure[] = [
  ...record.figures.map((f) => {
    const q = QUANTITIES[f.quantity];
    if (!q) throw new Error(`record.json figures: no quantity mapping for "${f.quantity}" (${f.id})`);
    return {
      id: f.id,
      quantity: q.quantity,
      label: q.label,
      labelEs: q.labelEs,
      value: f.low,
      ...(f.high !== f.low ? { high: f.high } : {}),
      qualifier: QUALIFIERS[f.qualifier] ?? 'exact',
      unit: q.unit ?? 'people',
      unitEs: q.unitEs ?? 'personas',
      asOf: f.asOf,
      records: f.records,
      // Keywords say which count a number on a page is; the running count already has the seeds'.
      keywords: q.keywords ?? [],
    } satisfies Figure;
  }),
  {
    id: 'returned-total-2019-2021',
    quantity: RETURNED,
    label: 'People returned to Mexico under MPP, 2019–2021 (range of the sources)',
    labelEs: 'Personas devueltas a México bajo los MPP, 2019–2021 (rango de las fuentes)',
    value: 68000,
    high: 74000,
    qualifier: 'exact',
    unit: 'migrants',
    unitEs: 'migrantes',
    asOf: '2021-01',
    keywords: [],
    records: [
      'crs-lsb10798-2022-07-28',
      'wola-2021-12-10-weekly-update',
      'aic-2024-02-01-mpp-explainer',
      'progreso-2023-02-07-sre-rejects',
    ],
  },
];
