/**
 * Notes as a Markdown report a fact-checker can paste into a story draft or a ticket: one section
 * per page, each note with its verdict, the quoted passage, the comment, and the curated facts it
 * cites. Everything the user or the page supplied is escaped (see markdown-escape.ts).
 */
import type { Fact } from '../topic/schema';
import { quoteSelectorOf, type Note } from '../notes/model';
import { verdictLabel, type VerdictLang } from '../notes/verdicts';
import { factIndex, sortNotesForExport, type ExportContext } from './context';
import {
  escapeMarkdownBlock,
  escapeMarkdownInline,
  markdownBlockquote,
  markdownUrl,
} from './markdown-escape';

const STRINGS = {
  en: {
    title: 'MPP Context notes',
    exported: 'Exported',
    count: (notes: number, pages: number) =>
      `${notes} ${notes === 1 ? 'note' : 'notes'} on ${pages} ${pages === 1 ? 'page' : 'pages'}`,
    note: 'Note',
    tags: 'Tags',
    curatedFact: 'About curated fact',
    created: 'Created',
    updated: 'updated',
    author: 'Author',
    linkedFacts: 'Linked facts',
    notInPack: 'not in the loaded topic pack',
    untitled: 'Untitled page',
  },
  es: {
    title: 'Notas de MPP Context',
    exported: 'Exportado',
    count: (notes: number, pages: number) =>
      `${notes} ${notes === 1 ? 'nota' : 'notas'} en ${pages} ${pages === 1 ? 'página' : 'páginas'}`,
    note: 'Nota',
    tags: 'Etiquetas',
    curatedFact: 'Sobre el dato verificado',
    created: 'Creada',
    updated: 'actualizada',
    author: 'Autor',
    linkedFacts: 'Datos vinculados',
    notInPack: 'no está en el paquete temático cargado',
    untitled: 'Página sin título',
  },
} as const;

type Strings = (typeof STRINGS)[VerdictLang];

function factLines(id: string, facts: ReadonlyMap<string, Fact>, s: Strings): string[] {
  const fact = facts.get(id);
  if (!fact) return [`- ${escapeMarkdownInline(id)} (${s.notInPack})`];
  return [
    `- ${escapeMarkdownInline(id)}: ${escapeMarkdownInline(fact.statement)}`,
    '',
    `${markdownBlockquote(fact.quote, '  ')}\\`,
    `  > ${escapeMarkdownInline(`${fact.seed}, ${fact.asOf}`)}`,
  ];
}

function noteSection(
  note: Note,
  number: number,
  facts: ReadonlyMap<string, Fact>,
  lang: VerdictLang,
): string {
  const s = STRINGS[lang];
  const blocks: string[] = [
    `### ${s.note} ${number}: ${escapeMarkdownInline(verdictLabel(note.verdict, lang))}`,
  ];

  const quote = quoteSelectorOf(note);
  if (quote) blocks.push(markdownBlockquote(quote.exact));
  const text = escapeMarkdownBlock(note.text);
  if (text !== '') blocks.push(text);

  const details: string[] = [];
  if (note.target.factId) {
    const statement = facts.get(note.target.factId)?.statement;
    const id = escapeMarkdownInline(note.target.factId);
    details.push(`- ${s.curatedFact}: ${statement ? `${id}: ${escapeMarkdownInline(statement)}` : id}`);
  }
  if (note.tags.length > 0) details.push(`- ${s.tags}: ${note.tags.map(escapeMarkdownInline).join(', ')}`);
  details.push(`- ${s.created} ${note.created}, ${s.updated} ${note.updated}`);
  if (note.author) details.push(`- ${s.author}: ${escapeMarkdownInline(note.author)}`);
  blocks.push(details.join('\n'));

  if (note.linkedFacts.length > 0) {
    blocks.push(`${s.linkedFacts}:`);
    blocks.push(note.linkedFacts.map((id) => factLines(id, facts, s).join('\n')).join('\n\n'));
  }
  return blocks.join('\n\n');
}

export function notesToMarkdown(notes: readonly Note[], context: ExportContext): string {
  const lang = context.lang ?? 'en';
  const s = STRINGS[lang];
  const facts = factIndex(context);
  const sorted = sortNotesForExport(notes);

  const pages = new Map<string, Note[]>();
  for (const note of sorted) {
    const list = pages.get(note.pageUrl);
    if (list) list.push(note);
    else pages.set(note.pageUrl, [note]);
  }

  const out: string[] = [
    `# ${s.title}`,
    `${s.exported} ${context.generatedAt}. ${s.count(sorted.length, pages.size)}.`,
  ];
  let number = 0;
  for (const [pageUrl, pageNotes] of pages) {
    const title = pageNotes.find((n) => n.pageTitle.trim() !== '')?.pageTitle ?? s.untitled;
    out.push(`## ${escapeMarkdownInline(title)}`, markdownUrl(pageUrl));
    for (const note of pageNotes) out.push(noteSection(note, ++number, facts, lang));
  }
  return `${out.join('\n\n')}\n`;
}
