/**
 * What a saved page's own style sheets hide, read without a browser (lib/detect/stylesheet-hiding.ts):
 * the CLI's scan and the detection scores leave that text out, as the reader in a browser does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { stylesheetHiding } from '../../lib/detect/stylesheet-hiding';
import { scanHtml } from '../../lib/cli/commands/scan';

const page = (css: string, body: string) =>
  parseHTML(`<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`).document;
const hiddenIds = (css: string, body: string) => {
  const doc = page(css, body);
  const hidden = stylesheetHiding(doc);
  return [...doc.querySelectorAll('[id]')].filter((el) => hidden(el)).map((el) => el.id);
};

describe('stylesheetHiding', () => {
  it('hides what a rule of the page hides, and everything inside it', () => {
    expect(
      hiddenIds(
        '.print-only{display:none} #tip { visibility : hidden }',
        [
          '<div class="print-only" id="a"><span id="b">x</span></div>',
          '<p id="tip">y</p><p id="c">z</p>',
        ].join(''),
      ),
    ).toEqual(['a', 'b', 'tip']);
  });

  it('follows the cascade: importance, specificity, order, the inline style', () => {
    const css = '.menu{display:none} .menu.open{display:block} .late{display:block} .late{display:none}';
    expect(
      hiddenIds(
        css,
        '<ul class="menu" id="a"></ul><ul class="menu open" id="b"></ul><p class="late" id="c"></p>',
      ),
    ).toEqual(['a', 'c']);
    expect(hiddenIds('.x{display:none}', '<p class="x" id="a" style="display:block"></p>')).toEqual([]);
    expect(
      hiddenIds('.x{display:none !important}', '<p class="x" id="a" style="display:block"></p>'),
    ).toEqual(['a']);
    // A child may set visibility back; display:none hides the subtree whatever the child says.
    expect(
      hiddenIds(
        '.v{visibility:hidden} .s{visibility:visible} .d{display:none}',
        [
          '<div class="v" id="a"><span class="s" id="b"></span><i id="c"></i></div>',
          '<div class="d" id="d"><span class="s" id="e"></span></div>',
        ].join(''),
      ),
    ).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps to what holds on any screen', () => {
    const css = [
      '@media print { .screen-only { display: none } }',
      '@media (max-width: 600px) { .wide { display: none } }',
      '@media screen { .shut { display: none } }',
      '.tip:hover { display: none } .x::before { display: none }',
      '@import url(other.css); /* .c { display:none } */',
      '@supports (display:grid) { .g { display: none } }',
    ].join('\n');
    const body = ['screen-only', 'wide', 'shut', 'tip', 'x', 'c', 'g'].map(
      (c) => `<p class="${c}" id="${c}"></p>`,
    );
    expect(hiddenIds(css, body.join(''))).toEqual(['shut']);
  });

  it('reads sheets as a browser that runs scripts does', () => {
    const styled = (head: string, body: string) => {
      const doc = parseHTML(
        `<!doctype html><html class="no-js"><head>${head}</head><body>${body}</body></html>`,
      ).document;
      const hidden = stylesheetHiding(doc);
      return [...doc.querySelectorAll('[id]')].filter((el) => hidden(el)).map((el) => el.id);
    };
    const body = '<p class="lede" id="lede"><a href="x.pdf" id="pdf">x</a></p><p class="gone" id="gone"></p>';
    expect(styled('<style media="print">.lede{display:none}</style>', body)).toEqual([]);
    expect(styled('<noscript><style>.lede{display:none}</style></noscript>', body)).toEqual([]);
    // The anti-clickjacking sheet a script removes, and rules keyed to the class a script removes.
    expect(styled('<style>body{display:none !important}.no-js .lede{display:none}</style>', body)).toEqual(
      [],
    );
    // Attribute selectors ask for no class; an inline !important beats the sheet's.
    expect(styled('<style>a[href$=".pdf"]{display:none}</style>', body)).toEqual(['pdf']);
    expect(
      styled(
        '<style>.gone{display:none !important}</style>',
        body.replace('id="gone"', 'id="gone" style="display:block !important"'),
      ),
    ).toEqual([]);
    expect(styled('<style media="screen">.gone{display:none}</style>', body)).toEqual(['gone']);
  });

  it('survives hostile sheets and deep pages', () => {
    // An unclosed block ends with the sheet, as in a browser; a broken selector matches nothing.
    expect(hiddenIds('p[{display:none} }}} .ok{display:none', '<p class="ok" id="a"></p>')).toEqual(['a']);
    // Thousands of nested blocks: read in one pass, no recursion.
    const nested = '@media screen{'.repeat(8000) + '.a{display:none}' + '}'.repeat(8000);
    expect(
      hiddenIds(nested + '.b{display:none}', '<p class="a" id="a"></p><p class="b" id="b"></p>'),
    ).toEqual(['b']);
    const deep = page('.h{display:none}', `<div class="h">${'<div>'.repeat(20000)}<b id="leaf"></b></div>`);
    expect(stylesheetHiding(deep)(deep.getElementById('leaf')!)).toBe(true);
    // Past the rule cap the sheet is read as hiding nothing: a kept prefix would drop later overrides.
    const many = Array.from({ length: 5000 }, (_, i) => `.c${i}{display:none}`).join('');
    expect(hiddenIds(many, '<p class="c1" id="a"></p><p class="c4999" id="b"></p>')).toEqual([]);
  });
});

describe('scanHtml', () => {
  it('leaves out mentions the page’s own sheet hides', () => {
    const html = `<!doctype html><html><head><style>.print-only{display:none}</style></head><body>
      <div class="print-only">Printed copy: Remain in Mexico excerpt</div>
      <p>The Migrant Protection Protocols, known as Remain in Mexico, returned asylum seekers.</p></body></html>`;
    expect(scanHtml(html).map((m) => m.exact)).toEqual(['Migrant Protection Protocols', 'Remain in Mexico']);
  });
});
