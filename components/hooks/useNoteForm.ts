/** The open note form, if any, and its save. One form at a time: a new one replaces an unsaved one. */
import { useCallback, useState } from 'preact/hooks';
import { InvalidNoteError } from '../../lib/notes/model';
import { describeIssue } from '../../lib/notes/describe-issue';
import { formToNote, type NoteFormValue } from '../../lib/notes/note-draft';

export interface NoteFormApi {
  form: NoteFormValue | null;
  error: string | null;
  saving: boolean;
  open(form: NoteFormValue): void;
  update(patch: Partial<NoteFormValue>): void;
  linkFact(id: string): void;
  unlinkFact(id: string): void;
  close(): void;
  submit(page: { url: string; title: string }): Promise<void>;
}

export function useNoteForm(
  save: (note: ReturnType<typeof formToNote>, base: string | null) => Promise<string | null>,
): NoteFormApi {
  const [form, setForm] = useState<NoteFormValue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const open = useCallback((next: NoteFormValue) => {
    setForm(next);
    setError(null);
  }, []);
  const update = useCallback(
    (patch: Partial<NoteFormValue>) => setForm((f) => (f ? { ...f, ...patch } : f)),
    [],
  );
  const linkFact = useCallback(
    (id: string) =>
      setForm((f) => (f && !f.linkedFacts.includes(id) ? { ...f, linkedFacts: [...f.linkedFacts, id] } : f)),
    [],
  );
  const unlinkFact = useCallback(
    (id: string) => setForm((f) => (f ? { ...f, linkedFacts: f.linkedFacts.filter((x) => x !== id) } : f)),
    [],
  );
  const close = useCallback(() => {
    setForm(null);
    setError(null);
  }, []);

  const submit = useCallback(
    async (page: { url: string; title: string }) => {
      if (!form) return;
      let note;
      try {
        note = formToNote(form, page);
      } catch (err) {
        setError(
          err instanceof InvalidNoteError && err.issues.length > 0
            ? err.issues.map((i) => describeIssue(i)).join('; ')
            : err instanceof Error
              ? err.message
              : String(err),
        );
        return;
      }
      setSaving(true);
      // The stored version the form opened: a save over a version changed since is refused.
      const failure = await save(note, form.editing?.updated ?? null);
      setSaving(false);
      if (failure) setError(failure);
      else close();
    },
    [form, save, close],
  );

  return { form, error, saving, open, update, linkFact, unlinkFact, close, submit };
}
