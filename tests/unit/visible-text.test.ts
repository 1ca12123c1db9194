import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { domPoint, visibleText } from '../../lib/detect/visible-text';

const doc = (body: string, head = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('visibleText', () => {
  it('joins inline elements and separates blocks with one newline', () => {
    const vt = visibleText(
      doc('<p><em>Remain</em> in <a href="#">Mexico</a></p><p>next</p><div><p>a</p>b</div>'),
    );
    expect(vt.text).toBe('Remain in Mexico\nnext\na\nb');
  });

  it('treats <br> and table cells as breaks', () => {
    const vt = visibleText(doc('<p>line one<br>line two</p><table><tr><td>x</td><td>y</td></tr></table>'));
    expect(vt.text).toBe('line one\nline two\nx\ny');
    // A <br> breaks the line, not the sentence: its newline is no block break for the matcher.
    expect(vt.breaks.map((b) => vt.text.slice(0, b))).toEqual([
      'line one\nline two',
      'line one\nline two\nx',
    ]);
  });

  it('sets footnote markers apart like a <br>: "MPP<sup>1</sup>" ends the word before it', () => {
    const vt = visibleText(
      doc('<p>Skim the MPP<sup><a href="#fn1">1</a></sup> appendix and H<sub>2</sub>O.</p>'),
    );
    expect(vt.text).toBe('Skim the MPP\n1\n appendix and H\n2\nO.');
    expect(vt.breaks).toEqual([]);
  });

  it('leaves out text that is never rendered', () => {
    const vt = visibleText(
      doc(
        `<p>kept</p><script>var MPP = 1;</script><style>.mpp{}</style><template><p>tpl</p></template>
         <noscript>ns</noscript><textarea>ta</textarea><select><option>opt</option></select>
         <iframe>frame</iframe><div hidden>hid</div><div contenteditable="true">edit</div><div contenteditable>edit2</div>
         <div style="display: none">none</div><span style="color:red; visibility:hidden">vis</span>
         <p>end</p>`,
        '<title>Title MPP</title><style>p{}</style>',
      ),
    );
    expect(vt.text).toBe('kept\nend');
  });

  it('keeps text a reader can see even when marked for assistive tech or styled', () => {
    const vt = visibleText(
      doc(
        '<p aria-hidden="true">aria</p><div contenteditable="false">ro</div><p style="display:block;color:red">styled</p><svg><text>svg</text></svg>',
      ),
    );
    expect(vt.text).toBe('aria\nro\nstyled\nsvg');
  });

  it('skips excluded elements nested inside skipped ones without losing later exclusions', () => {
    const vt = visibleText(
      doc(
        '<noscript><div hidden>x</div></noscript><div hidden><p hidden>y</p></div><p>z</p><p hidden>w</p><p>v</p>',
      ),
    );
    expect(vt.text).toBe('z\nv');
  });

  it('drops whitespace-only nodes between blocks but keeps whitespace inside text', () => {
    const vt = visibleText(doc('\n  <p>\n  a  b\n</p>\n  <p>c <em>d</em> <b>e</b></p>\n'));
    // The first paragraph's own node is kept verbatim, line breaks included; the indentation
    // nodes between the paragraphs are not.
    expect(vt.text).toBe('\n  a  b\n\nc d e');
    expect(vt.breaks).toEqual([8]);
  });

  it('ignores comments', () => {
    expect(visibleText(doc('<p>Remain<!-- x --> in Mexico</p>')).text).toBe('Remain in Mexico');
  });

  it('records where each node starts and where the inserted breaks are', () => {
    const vt = visibleText(doc('<p>one <em>two</em></p><ul><li>three</li><li>four&amp;five</li></ul>'));
    vt.nodes.forEach((n, i) =>
      expect(vt.text.slice(vt.starts[i], vt.starts[i]! + n.data.length)).toBe(n.data),
    );
    expect(vt.breaks.map((b) => vt.text[b])).toEqual(['\n', '\n']);
    for (const b of vt.breaks) {
      vt.nodes.forEach((n, i) => expect(b < vt.starts[i]! || b >= vt.starts[i]! + n.data.length).toBe(true));
    }
  });

  it('walks an element alone', () => {
    const d = doc(
      '<p>before</p><section id="s"><h2>Title</h2><p>body <em>text</em></p></section><p>after</p>',
    );
    expect(visibleText(d.getElementById('s')!).text).toBe('Title\nbody text');
    const hidden = doc('<div id="h" hidden><p>x</p></div>').getElementById('h')!;
    expect(visibleText(hidden).text).toBe('');
  });

  it('yields nothing for an element inside an excluded ancestor', () => {
    const d = doc(
      '<div contenteditable="true"><p><span id="e">typed</span></p></div><div hidden><p id="h">x</p></div>',
    );
    expect(visibleText(d.getElementById('e')!).text).toBe('');
    expect(visibleText(d.getElementById('h')!).text).toBe('');
  });
});

describe('domPoint', () => {
  const vt = visibleText(doc('<p>ab<em>cd</em></p><p>ef</p>'));
  // text: "abcd\nef"; nodes: "ab"@0, "cd"@2, "ef"@5

  it('puts starts at the beginning of the following node', () => {
    expect(domPoint(vt, 2, 'start')).toMatchObject({ node: vt.nodes[1], offset: 0 });
    expect(domPoint(vt, 4, 'start')).toMatchObject({ node: vt.nodes[2], offset: 0 });
    expect(domPoint(vt, 1, 'start')).toMatchObject({ node: vt.nodes[0], offset: 1 });
  });

  it('puts ends at the end of the preceding node', () => {
    expect(domPoint(vt, 2, 'end')).toMatchObject({ node: vt.nodes[0], offset: 2 });
    expect(domPoint(vt, 5, 'end')).toMatchObject({ node: vt.nodes[1], offset: 2 });
    expect(domPoint(vt, 7, 'end')).toMatchObject({ node: vt.nodes[2], offset: 2 });
  });

  it('rejects offsets outside the text', () => {
    expect(domPoint(vt, -1, 'start')).toBeNull();
    expect(domPoint(vt, 8, 'end')).toBeNull();
  });
});
