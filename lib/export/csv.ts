/**
 * Notes as RFC 4180 CSV for spreadsheets: CRLF records, fields quoted when they contain a comma,
 * quote, CR or LF, quotes doubled. Cells are data from web pages and users, so any cell a
 * spreadsheet would read as a formula (= + - @, or a leading tab or CR) is prefixed with a single
 * quote (OWASP "CSV injection"): it shows as text and cannot call out to HYPERLINK or DDE.
 * Control and bidi characters are shown as ⟦U+XXXX⟧, as in Markdown: a NUL cuts a cell short
 * in some tools, and an RTL override makes a cell read differently from what it holds.
 */
import { positionSelectorOf, quoteSelectorOf, type Note } from '../notes/model';
import { verdictLabel } from '../notes/verdicts';
import { sortNotesForExport, type ExportContext } from './context';
import { revealHiddenCharacters } from './text-safety';

export const CSV_COLUMNS = [
  'id',
  'page_url',
  'page_title',
  'verdict',
  'verdict_label',
  'quote',
  'quote_prefix',
  'quote_suffix',
  'start',
  'end',
  'fact_id',
  'text',
  'tags',
  'linked_facts',
  'author',
  'created',
  'updated',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(revealHiddenCharacters(value));
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function noteRow(note: Note, context: ExportContext): string[] {
  const quote = quoteSelectorOf(note);
  const position = positionSelectorOf(note);
  return [
    note.id,
    note.pageUrl,
    note.pageTitle,
    note.verdict ?? '',
    note.verdict ? verdictLabel(note.verdict, context.lang ?? 'en') : '',
    quote?.exact ?? '',
    quote?.prefix ?? '',
    quote?.suffix ?? '',
    position ? String(position.start) : '',
    position ? String(position.end) : '',
    note.target.factId ?? '',
    note.text,
    note.tags.join('; '),
    note.linkedFacts.join('; '),
    note.author ?? '',
    note.created,
    note.updated,
  ];
}

/** `bom` adds a UTF-8 byte order mark, which Excel needs to read accented Spanish text correctly. */
export function notesToCsv(
  notes: readonly Note[],
  context: ExportContext,
  options: { bom?: boolean } = {},
): string {
  const rows = [[...CSV_COLUMNS], ...sortNotesForExport(notes).map((note) => noteRow(note, context))];
  const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
