import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang';
import { fill, type SidebarStrings } from '../../lib/i18n/sidebar';
import { VERDICTS, verdictLabel } from '../../lib/notes/verdicts';
import { noteQuote, type NoteFormValue } from '../../lib/notes/note-draft';

export interface NoteFormProps {
  s: SidebarStrings;
  lang: Lang;
  form: NoteFormValue;
  error: string | null;
  saving: boolean;
  /** A fact's statement, when known, so linked facts read as more than ids. */
  factText: (id: string) => string | null;
  onChange: (patch: Partial<NoteFormValue>) => void;
  onUnlink: (id: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function NoteForm({
  s,
  lang,
  form,
  error,
  saving,
  factText,
  onChange,
  onUnlink,
  onSubmit,
  onCancel,
}: NoteFormProps) {
  const first = useRef<HTMLSelectElement>(null);
  // A new target (another mention, a fact) moves focus into the form so typing can start at once.
  useEffect(() => {
    first.current?.focus();
  }, [form.target, form.editing]);

  const quote = noteQuote(form.target);
  const factId = form.target.factId;
  return (
    <form
      class="note-form"
      data-testid="note-form"
      aria-labelledby="note-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id="note-form-heading">{form.editing ? s.notes.editNote : s.notes.newNote}</h3>
      <div class="note-target" data-testid="note-target">
        <span class="muted">{s.notes.on}: </span>
        {quote !== null && <blockquote class="quote">{quote}</blockquote>}
        {factId && (
          <p class="fact-line">
            <strong>{fill(s.notes.onFact, { id: factId })}</strong>
            {factText(factId) && <span> {factText(factId)}</span>}
          </p>
        )}
      </div>

      <label for="note-verdict">{s.notes.verdict}</label>
      <select
        id="note-verdict"
        ref={first}
        data-testid="note-verdict"
        value={form.verdict}
        onChange={(e) => onChange({ verdict: e.currentTarget.value as NoteFormValue['verdict'] })}
      >
        <option value="">{s.notes.noVerdict}</option>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {verdictLabel(v, lang)}
          </option>
        ))}
      </select>

      <label for="note-text">{s.notes.text}</label>
      <textarea
        id="note-text"
        data-testid="note-text"
        rows={4}
        value={form.text}
        onInput={(e) => onChange({ text: e.currentTarget.value })}
      />

      <label for="note-tags">{s.notes.tags}</label>
      <input
        id="note-tags"
        type="text"
        data-testid="note-tags"
        value={form.tags}
        autocomplete="off"
        onInput={(e) => onChange({ tags: e.currentTarget.value })}
      />

      <fieldset class="linked" data-testid="note-linked-facts">
        <legend>{s.notes.linkedFacts}</legend>
        {form.linkedFacts.length === 0 ? (
          <p class="muted">{s.notes.linkedFactsNone}</p>
        ) : (
          <ul class="plain">
            {form.linkedFacts.map((id) => (
              <li key={id} class="linked-fact" data-testid="note-linked-fact" data-id={id}>
                <FactLine id={id} text={factText(id)} />
                <button
                  type="button"
                  class="small"
                  data-testid="note-unlink-fact"
                  aria-label={fill(s.notes.unlink, { id })}
                  onClick={() => onUnlink(id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      {error && (
        <p class="error" role="alert" data-testid="note-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-testid="note-save" disabled={saving}>
          {s.notes.save}
        </button>
        <button type="button" data-testid="note-cancel" onClick={onCancel}>
          {s.notes.cancel}
        </button>
      </div>
    </form>
  );
}

export function FactLine(props: { id: string; text: string | null }) {
  return (
    <span class="fact-line">
      <code>{props.id}</code>
      {props.text && <span> {props.text}</span>}
    </span>
  );
}
