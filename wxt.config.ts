import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { mppPack } from './data/mpp';
import { readSeeds, seedsDir } from './lib/node/seeds';
import { validatePack } from './lib/topic/validate';
import { buildGateSpec } from './lib/detect/gate-patterns';
import { injectedHighlightCss } from './lib/reader/highlight-styles';
import { buildPivotTemplate } from './lib/detect/pivot';
import { matcherTerms, neighbourTerms } from './lib/detect/matcher-terms';

/**
 * The content script's gate tests page text against patterns of the aliases (gate-patterns.ts),
 * built here, once, so the script every page runs carries neither the pack nor the folding code.
 */
const gate = buildGateSpec(mppPack.topic.aliases, neighbourTerms(mppPack.topic));
/** The reader's pivot regex (lib/detect/pivot.ts): building it folds every BMP code point once. */
const pivot = buildPivotTemplate(mppPack.topic.aliases);
if (!pivot) throw new Error('the topic pack has an alias without a letter or digit: no pivot regex');
/**
 * The reader matcher's terms (matcher-terms.ts matcherTerms), folded and ordered here rather than
 * on the page. One JSON string: the reader parses it once, where an object literal of a few
 * hundred small strings would cost more to compile.
 */
const matcherTermsJson = JSON.stringify(matcherTerms([mppPack.topic]));

/**
 * The scripts whose every function runs soon after they load, marked for eager compilation
 * (V8's explicit compile hints, Chrome 136+: the comment must open the file). A dynamically
 * imported module is compiled off the main thread, so the functions V8 would otherwise compile
 * lazily, one by one on the page's main thread as the reader first runs them, are compiled
 * there instead. Traced on the 1,500-word page with 5 mentions (same run each): the reader's
 * main-thread time 32.9 -> 27.1 ms (10 loads); the first hover's, with the popover UI marked
 * too, 53.8 -> 48.0 ms (8 hovers). Not the gate: a content script is compiled on the main
 * thread, and most of its functions never run.
 */
const EAGER_SCRIPTS = new Set(['reader-core.js', 'popover-ui.js']);
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints = {
  name: 'mpp-compile-hints',
  generateBundle(
    _options: unknown,
    bundle: Record<
      string,
      { type: string; fileName: string; code?: string; map?: { mappings: string } | null }
    >,
  ) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !EAGER_SCRIPTS.has(chunk.fileName)) continue;
      chunk.code = COMPILE_HINT + chunk.code;
      // One line more at the top: the source map's lines move down by one.
      if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    }
  },
};

// Chrome gets the side panel; Firefox gets sidebar_action (WXT maps the sidepanel entrypoint).
export default defineConfig({
  manifestVersion: 3,
  hooks: {
    // The pack and the seed texts ship as data files, read by the background on install and by
    // extension pages on demand, instead of inflating every script that could import them. The
    // build fails here, naming the entry and field, if the pack does not validate against its seeds.
    'build:publicAssets'(_wxt, files) {
      const seeds = readSeeds();
      const pack = validatePack(mppPack, seeds);
      files.push({ relativeDest: 'packs/mpp.json', contents: JSON.stringify(pack) });
      for (const seed of Object.keys(seeds))
        files.push({ relativeDest: `seeds/${seed}`, absoluteSrc: join(seedsDir, seed) });
      files.push({ relativeDest: 'highlights.css', contents: injectedHighlightCss() });
      // The reader fetches the full pivots' template only for text past Latin-1 (reader-core.ts).
      files.push({ relativeDest: 'pivot-template.json', contents: JSON.stringify(pivot) });
    },
  },
  vite: () => ({
    plugins: [preact(), compileHints],
    define: {
      __MPP_GATE__: JSON.stringify(gate),
      __MPP_MATCHER_TERMS__: JSON.stringify(matcherTermsJson),
    },
    build: { sourcemap: process.env.SOURCEMAP === '1', minify: process.env.NO_MINIFY !== '1' },
  }),
  manifest: ({ browser }) => ({
    // Words in public/_locales (English and Spanish, as the UI).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The least it needs (README, Permissions): the host permissions below already give what
    // `tabs` and `activeTab` would (tab URLs, injection into the page), so neither is asked for.
    permissions: ['storage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The gate runs on every http(s) page (below); scripting.executeScript wakes its reader when
    // the sidebar asks (components/hooks/clients.ts). The same sites, so no further warning.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The gate is an unlisted script declared here rather than a WXT content script: see
    // entrypoints/gate/index.ts for what WXT's wrapper cost on every page.
    // Chromium also gets the highlight styles from the start (lib/reader/highlight-styles.ts): the
    // reader then paints without restyling the page. Firefox's reader adopts its own sheet, its
    // rules on every element (highlight inheritance from :root is not known to work there).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['gate.js'],
        // Frames too: the gate reads those of the page's own origin and leaves the others at once.
        all_frames: true,
        ...(browser === 'firefox' ? {} : { css: ['highlights.css'] }),
        // Chromium runs document_end scripts in a task after the page's DOMContentLoaded handlers
        // (traced: about 10 ms after, before the load event). document_idle waited 25-35 ms
        // more on a 1,500-word page, and the first highlight with it; first paint and the load
        // event did not move (bench pages, 12 loads each). In Firefox document_end is readyState
        // "interactive" (MDN), before the page's own DOMContentLoaded handlers: it keeps idle.
        run_at: browser === 'firefox' ? 'document_idle' : 'document_end',
      },
    ],
    action: { default_title: '__MSG_extName__' },
    // The lazily loaded reader, popover UI and pivot template must be importable from content
    // scripts. A page must not be able to fetch them to learn that the extension is installed:
    // Chromium serves them only under a per-session random origin (use_dynamic_url), which
    // runtime.getURL gives the content script and no page can guess; Firefox's extension origin
    // is a random per-install UUID already (and it does not know the key).
    web_accessible_resources: [
      {
        resources: ['reader-core.js', 'popover-ui.js', 'pivot-template.json'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_openSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mpp-context@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
