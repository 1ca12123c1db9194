import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReferences, lazyReaderSource } from '../../scripts/bench/references';

const dir = mkdtempSync(join(tmpdir(), 'bench-refs-'));
const refs = buildReferences(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (ext: string, file: string) => readFileSync(join(ext, file), 'utf8');
const manifest = (ext: string) => JSON.parse(read(ext, 'manifest.json'));

/**
 * Runs a reference's content script against a page text, with a MutationObserver that records
 * what it was asked and an extension API; its dynamic import() is handed to a recorder (a script
 * evaluated here has no module loader).
 */
function runGate(ext: string, text: string) {
  const observers: Array<{ callback: (records: unknown[]) => void; observing: boolean }> = [];
  class Observer {
    private readonly entry: { callback: (records: unknown[]) => void; observing: boolean };
    constructor(callback: (records: unknown[]) => void) {
      this.entry = { callback, observing: false };
      observers.push(this.entry);
    }
    observe() {
      this.entry.observing = true;
    }
    disconnect() {
      this.entry.observing = false;
    }
  }
  const imported: string[] = [];
  const load = (url: string) => {
    imported.push(url);
    return Promise.resolve();
  };
  const chrome = { runtime: { getURL: (path: string) => `chrome-extension://session-id${path}` } };
  const document = { body: { textContent: text }, documentElement: {} };
  const source = read(ext, 'content.js').replaceAll('import(', '__load(');
  new Function('document', 'MutationObserver', 'chrome', '__load', source)(document, Observer, chrome, load);
  return { observers, imported };
}

describe("the bench's reference extensions", () => {
  it('are valid scripts: a syntax error would make a reference cost nothing', () => {
    for (const ext of Object.values(refs)) expect(() => new Function(read(ext, 'content.js'))).not.toThrow();
  });

  it('lazy loads its reader when the page names the policy, and only then', () => {
    const hit = runGate(refs.lazy, 'Under the Remain in Mexico policy, asylum seekers wait.');
    expect(hit.imported).toEqual(['chrome-extension://session-id/reader.js']);
    expect(hit.observers).toHaveLength(0);

    const miss = runGate(refs.lazy, 'Asylum seekers wait at the border.');
    expect(miss.imported).toEqual([]);
    expect(miss.observers.map((o) => o.observing)).toEqual([true]);
    miss.observers[0]!.callback([{ addedNodes: [{ textContent: 'a border update' }] }]);
    expect(miss.imported).toEqual([]);
    // Added text that names it: loaded once, and no longer watching.
    miss.observers[0]!.callback([{ addedNodes: [{ textContent: 'the Migrant Protection Protocols' }] }]);
    expect(miss.imported).toEqual(['chrome-extension://session-id/reader.js']);
    expect(miss.observers[0]!.observing).toBe(false);
  });

  it('gate decides as lazy does but loads nothing', () => {
    const hit = runGate(refs.gate, 'Under the Remain in Mexico policy.');
    expect(hit.observers).toHaveLength(0);
    const miss = runGate(refs.gate, 'Nothing here.');
    expect(miss.observers.map((o) => o.observing)).toEqual([true]);
    miss.observers[0]!.callback([{ addedNodes: [{ textContent: 'MPP' }] }]);
    expect(miss.observers[0]!.observing).toBe(false);
    expect([...hit.imported, ...miss.imported]).toEqual([]);
  });

  it("lazy's reader highlights the aliases in the page's text, not in its scripts", () => {
    const window = new Window();
    const { document } = window;
    document.body.innerHTML = `<h1>Remain in Mexico returns</h1>
      <p>Officials said <em>MPP</em> resumed; Quédate en México, dicen.</p>
      <script>track('Migrant Protection Protocols')</script>
      <noscript>Remain in Mexico</noscript><style>.mpp {}</style>`;
    const highlights = new Map<string, { ranges: Range[] }>();
    class Highlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    function PageRange() {
      return document.createRange();
    }
    new Function('document', 'NodeFilter', 'Range', 'CSS', 'Highlight', lazyReaderSource)(
      document,
      window.NodeFilter,
      PageRange,
      { highlights },
      Highlight,
    );
    expect(highlights.get('bench-lazy')?.ranges.map((r) => r.toString())).toEqual([
      'Remain in Mexico',
      'MPP',
      'Quédate en México',
    ]);
  });

  it('load the lazy reference’s reader as this extension loads its own: per-session URL, at document_end', () => {
    const lazy = manifest(refs.lazy);
    expect(lazy.web_accessible_resources).toEqual([
      { resources: ['reader.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(lazy.content_scripts[0]).toMatchObject({ run_at: 'document_end', css: ['content.css'] });
    expect(read(refs.lazy, 'content.css')).toContain('::highlight(bench-lazy)');
    // The others expose nothing to pages and keep their timing.
    for (const name of ['floor', 'gate', 'markjs'] as const) {
      expect(manifest(refs[name]).web_accessible_resources).toBeUndefined();
      expect(manifest(refs[name]).content_scripts[0].run_at).toBe('document_idle');
    }
  });
});
