/**
 * The manifest's and the background's words come from public/_locales: every key they use must
 * exist in English and in Spanish, and the two must hold the same keys.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const messages = (lang: string) =>
  JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;

describe('_locales', () => {
  const en = messages('en');
  const es = messages('es');

  it('has the same keys in English and Spanish, none empty, and translates the sentences', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries({ ...en, ...es }))
      expect(message.trim(), key).not.toBe('');
    expect(es.extDescription!.message).not.toBe(en.extDescription!.message);
    expect(es.addNoteOnSelection!.message).not.toBe(en.addNoteOnSelection!.message);
  });

  it('holds every key the manifest and the background use', () => {
    const used = [
      ...[...read('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
      ...[...read('entrypoints/background.ts').matchAll(/getMessage\('(\w+)'\)/g)].map((m) => m[1]!),
    ];
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const key of used) {
      expect(en, key).toHaveProperty(key);
      expect(es, key).toHaveProperty(key);
    }
  });
});
