/**
 * Generated notes files (issue 14, item 11): valid exports, then the same with one part broken
 * (a field removed, a value of another type, the file cut short). Every file is imported whole or
 * refused with a message, never half; the CLI converts it or says why, and never crashes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MppDatabase } from '../../lib/db/database';
import { NotesRepo } from '../../lib/db/notes-repo';
import { ImportError, parseNotesExport } from '../../lib/export/import';
import { notesToWebAnnotation } from '../../lib/export/webannotation';
import { main } from '../../lib/cli/main';
import { InvalidNoteError, type Note } from '../../lib/notes/model';
import { VERDICTS } from '../../lib/notes/verdicts';
import { mppPack } from '../../data/mpp';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const factIds = mppPack.facts.map((f) => f.id);
const iso = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: NOW, noInvalidDate: true })
  .map((d) => d.toISOString());
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });

const noteArb: fc.Arbitrary<Note> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    host: fc.domain(),
    path: fc.webPath(),
    pageTitle: text(60),
    exact: text(40).filter((s) => s.length > 0),
    prefix: text(20),
    suffix: text(20),
    verdict: fc.constantFrom(null, ...VERDICTS),
    text: text(200),
    tags: fc.uniqueArray(fc.constantFrom('border', 'court', 'figures', 'Remain in Mexico'), { maxLength: 3 }),
    linkedFacts: fc.uniqueArray(fc.constantFrom(...factIds), { maxLength: 3 }),
    times: fc.tuple(iso, iso),
  })
  .map((r) => {
    const pageUrl = `https://${r.host}${r.path.startsWith('/') ? r.path : `/${r.path}`}`;
    const [a, b] = r.times.sort();
    return {
      id: r.id,
      pageUrl,
      pageTitle: r.pageTitle,
      target: {
        source: pageUrl,
        selectors: [
          { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        ],
      },
      verdict: r.verdict,
      text: r.text,
      tags: r.tags,
      linkedFacts: r.linkedFacts,
      created: a!,
      updated: b!,
    };
  });

type Json = unknown;
/** One way to break an exported file. */
const breakage = fc.oneof(
  fc.record({ kind: fc.constant('none' as const) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat(), field: fc.nat() }),
  fc.record({
    kind: fc.constant('retype' as const),
    pick: fc.nat(),
    field: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

type Breakage = typeof breakage extends fc.Arbitrary<infer T> ? T : never;

function applyBreakage(json: string, b: Breakage): string {
  if (b.kind === 'none') return json;
  if (b.kind === 'cut') return json.slice(0, Math.floor(json.length * b.at));
  const data = JSON.parse(json) as { first?: { items?: Array<Record<string, Json>> } };
  const items = data.first?.items ?? [];
  if (items.length === 0) return JSON.stringify({ ...data, total: 'many' });
  const item = items[b.pick % items.length]!;
  // The note itself sits under the extension's key, inside the annotation.
  const holder = Object.values(item).find((v) => v && typeof v === 'object' && 'pageUrl' in (v as object)) as
    Record<string, Json> | undefined;
  const target = holder ?? item;
  const keys = Object.keys(target);
  const key = keys[b.field % keys.length]!;
  if (b.kind === 'drop') delete target[key];
  else target[key] = b.value;
  return JSON.stringify(data);
}

const tmp = mkdtempSync(join(tmpdir(), 'mpp-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated notes files', () => {
  it('import whole or not at all, with a message when refused', async () => {
    let refused = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(noteArb, { minLength: 1, maxLength: 4 }),
        breakage,
        noteArb,
        async (notes, b, local) => {
          const db = new MppDatabase({ name: `gen-${crypto.randomUUID()}` });
          try {
            const repo = new NotesRepo(db, { now: () => NOW });
            await db.notes.put(local);
            const before = await db.notes.toArray();
            const file = applyBreakage(notesToWebAnnotation(notes, { generatedAt: NOW.toISOString() }), b);
            let summary: Awaited<ReturnType<NotesRepo['importNotes']>> | null = null;
            try {
              summary = await repo.importNotes(parseNotesExport(file));
            } catch (err) {
              // Refused: said why, and nothing changed.
              expect(err instanceof ImportError || err instanceof InvalidNoteError, String(err)).toBe(true);
              expect((err as Error).message.length).toBeGreaterThan(10);
              expect(await db.notes.toArray()).toEqual(before);
              refused++;
              return;
            }
            // Taken: every note of the file is accounted for, and the local note is still there.
            const parsed = parseNotesExport(file);
            expect(summary.added + summary.updated + summary.skipped).toBe(parsed.length);
            const ids = new Set((await db.notes.toArray()).map((n) => n.id));
            for (const n of parsed) expect(ids.has(n.id)).toBe(true);
            expect(ids.has(local.id)).toBe(true);
            imported++;
          } finally {
            db.close();
            await db.delete();
          }
        },
      ),
      { numRuns: 120, seed: 20261206 },
    );
    // Both outcomes were exercised.
    expect(refused).toBeGreaterThan(10);
    expect(imported).toBeGreaterThan(10);
  });

  it('are converted by the CLI or refused with a reason, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(noteArb, { minLength: 1, maxLength: 3 }), breakage, async (notes, b) => {
        const file = join(tmp, `${crypto.randomUUID()}.json`);
        writeFileSync(
          file,
          applyBreakage(notesToWebAnnotation(notes, { generatedAt: NOW.toISOString() }), b),
        );
        let stdout = '';
        let stderr = '';
        const code = await main(['export', file, '--to', 'md'], {
          stdout: (s) => (stdout += s),
          stderr: (s) => (stderr += s),
        });
        if (code === 0) expect(stdout).toContain('#');
        else {
          expect(code).toBe(1);
          expect(stderr).toMatch(/mpp-context export: /);
          expect(stdout).toBe('');
        }
      }),
      { numRuns: 80, seed: 20261207 },
    );
  });
});
