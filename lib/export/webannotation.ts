/**
 * Notes as a W3C Web Annotation collection (JSON-LD): the extension's own "JSON export", and the
 * only format import reads back. Everything a note holds maps onto the W3C model (bodies for the
 * comment, tags and verdict; TextQuote and TextPosition selectors on the page) except the page
 * title, linked facts and fact target, which travel under one namespaced extension key.
 */
import type { Note, Selector } from '../notes/model';
import type { Verdict } from '../notes/verdicts';
import { sortNotesForExport, type ExportContext } from './context';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** An absolute IRI as key, so JSON-LD processors keep it without a custom @context. */
export const NOTE_EXTENSION_KEY = 'urn:mpp-context:note';
export const FORMAT_KEY = 'urn:mpp-context:format';
export const FORMAT_VERSION = 'mpp-context-notes/1';

export type WaBody =
  | { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }
  | { type: 'TextualBody'; purpose: 'tagging'; value: string }
  | { type: 'TextualBody'; purpose: 'assessing'; value: Verdict };

export interface WaNoteExtension {
  pageUrl: string;
  pageTitle: string;
  linkedFacts: string[];
  factId?: string;
}

export interface WaAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'commenting';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: WaBody[];
  /** `selector` is absent only for a note on a curated fact alone (extension factId). */
  target: { source: string; selector?: Selector[] };
  [NOTE_EXTENSION_KEY]: WaNoteExtension;
}

export interface WaCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  [FORMAT_KEY]: typeof FORMAT_VERSION;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WaAnnotation[] };
}

export function noteToAnnotation(note: Note): WaAnnotation {
  const body: WaBody[] = [];
  if (note.text !== '')
    body.push({ type: 'TextualBody', purpose: 'commenting', value: note.text, format: 'text/plain' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (note.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: note.verdict });

  const target: WaAnnotation['target'] = { source: note.target.source ?? note.pageUrl };
  if (note.target.selectors) target.selector = note.target.selectors.map((s) => ({ ...s }));

  const extension: WaNoteExtension = {
    pageUrl: note.pageUrl,
    pageTitle: note.pageTitle,
    linkedFacts: [...note.linkedFacts],
  };
  if (note.target.factId) extension.factId = note.target.factId;

  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: note.verdict ? 'assessing' : 'commenting',
    created: note.created,
    modified: note.updated,
    ...(note.author ? { creator: { type: 'Person', name: note.author } as const } : {}),
    body,
    target,
    [NOTE_EXTENSION_KEY]: extension,
  };
}

export function notesToAnnotationCollection(notes: readonly Note[], context: ExportContext): WaCollection {
  const items = sortNotesForExport(notes).map(noteToAnnotation);
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:mpp-context:export:${context.generatedAt}`,
    type: 'AnnotationCollection',
    label: 'MPP Context notes',
    total: items.length,
    generated: context.generatedAt,
    generator: { type: 'Software', name: 'MPP Context' },
    [FORMAT_KEY]: FORMAT_VERSION,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function notesToWebAnnotation(notes: readonly Note[], context: ExportContext): string {
  return `${JSON.stringify(notesToAnnotationCollection(notes, context), null, 2)}\n`;
}
