import { describe, expect, it } from 'vitest';
import { fill, SIDEBAR_STRINGS } from '../../lib/i18n/sidebar';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('sidebar strings', () => {
  const en = leaves(SIDEBAR_STRINGS.en as unknown as Tree);
  const es = leaves(SIDEBAR_STRINGS.es as unknown as Tree);

  it('has the same keys in English and Spanish', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty strings', () => {
    for (const [lang, map] of [
      ['en', en],
      ['es', es],
    ] as const) {
      for (const [key, value] of map) expect(value.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of en) expect(placeholders(es.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('actually translates: most Spanish strings differ from the English', () => {
    const same = [...en].filter(([key, value]) => es.get(key) === value).map(([key]) => key);
    expect(same.length).toBeLessThan(en.size / 10);
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('added {added}, skipped {skipped} {x}', { added: 2, skipped: 0 })).toBe(
      'added 2, skipped 0 {x}',
    );
  });

  it('does not read inherited properties as values', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});
