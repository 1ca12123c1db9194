import type { Lang } from '../../lib/i18n/lang';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import type { Note } from '../../lib/notes/model';
import { noteQuote } from '../../lib/notes/note-draft';
import { FactLine } from './NoteForm';
import { verdictColor, VerdictBadge } from './VerdictBadge';

export interface NoteListProps {
  s: SidebarStrings;
  lang: Lang;
  notes: Note[];
  orphans: ReadonlySet<string>;
  factText: (id: string) => string | null;
  onReveal: (id: string) => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

export function NoteList({ s, lang, notes, orphans, factText, onReveal, onEdit, onDelete }: NoteListProps) {
  if (notes.length === 0) return <p class="muted">{s.notes.none}</p>;
  return (
    <ol class="notes" data-testid="note-list">
      {notes.map((note, i) => {
        const quote = noteQuote(note.target);
        const orphan = orphans.has(note.id);
        return (
          <li
            key={note.id}
            class="note"
            data-testid="note-item"
            data-note-id={note.id}
            data-orphan={String(orphan)}
            style={{ borderInlineStartColor: verdictColor(note.verdict) }}
          >
            <p class="note-head">
              <VerdictBadge verdict={note.verdict} lang={lang} />
              {orphan && (
                <span class="badge orphan" data-testid="orphan-badge">
                  {s.notes.orphan}
                </span>
              )}
            </p>
            {quote !== null && (
              <button
                type="button"
                class="note-quote"
                data-testid="note-reveal"
                title={s.notes.showOnPage}
                onClick={() => onReveal(note.id)}
              >
                <span class="sr-only">{s.notes.showOnPage}: </span>
                <q>{quote}</q>
              </button>
            )}
            {note.target.factId && (
              <p>
                <FactLine id={note.target.factId} text={factText(note.target.factId)} />
              </p>
            )}
            {note.text && (
              <p class="note-text" data-testid="note-item-text">
                {note.text}
              </p>
            )}
            {note.tags.length > 0 && (
              <p class="tags">
                <span class="sr-only">{s.notes.tagsShown} </span>
                {note.tags.map((tag) => (
                  <span key={tag} class="tag">
                    {tag}
                  </span>
                ))}
              </p>
            )}
            {note.linkedFacts.length > 0 && (
              <ul class="plain linked-list">
                {note.linkedFacts.map((id) => (
                  <li key={id}>
                    <FactLine id={id} text={factText(id)} />
                  </li>
                ))}
              </ul>
            )}
            <div class="actions">
              <button
                type="button"
                class="small"
                data-testid="note-edit"
                aria-label={fill(s.notes.editOf, { n: i + 1 })}
                onClick={() => onEdit(note)}
              >
                {s.notes.edit}
              </button>
              <button
                type="button"
                class="small danger"
                data-testid="note-delete"
                aria-label={fill(s.notes.deleteOf, { n: i + 1 })}
                onClick={() => onDelete(note)}
              >
                {s.notes.delete}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
