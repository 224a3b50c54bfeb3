// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, pointAt } from '../../src/page/text-blocks';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectTextBlocks', () => {
  it('keeps the space between inline elements, so their words stay apart', () => {
    const [block] = collectTextBlocks(dom('<li><a><span>Ad Choices</span></a> <abbr>en-US</abbr></li>'));
    expect(block.text).toBe('Ad Choices en-US');
  });

  it('joins the inline parts of one paragraph and splits paragraphs', () => {
    const blocks = collectTextBlocks(dom('<p>Susan <b>E.</b> <i>Rice</i> met</p><p>Xi Jinping</p>'));
    expect(blocks.map((b) => b.text)).toEqual(['Susan E. Rice met', 'Xi Jinping']);
  });

  it('skips scripts, styles, form fields, editors, code and its own UI', () => {
    const blocks = collectTextBlocks(
      dom(
        '<p>Obama</p><script>var Obama</script><style>.Obama{}</style><textarea>Obama</textarea>' +
          '<div contenteditable="true">Obama</div><pre>Obama</pre><code>Obama</code><sourcelight-card>Obama</sourcelight-card>' +
          '<div hidden>Obama</div><select><option>Obama</option></select>',
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual(['Obama']);
  });

  it('reads open shadow roots and reports them', () => {
    const host = dom('<div id="host"></div>').querySelector('#host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside the shadow: Beijing</p>';
    const seen: ShadowRoot[] = [];
    const blocks = collectTextBlocks(document.body, (root) => seen.push(root));
    expect(blocks.map((b) => b.text)).toEqual(['Inside the shadow: Beijing']);
    expect(seen).toEqual([host.shadowRoot]);
  });
});

describe('pointAt', () => {
  it('maps flat offsets back to text nodes, ends staying in their node', () => {
    const [block] = collectTextBlocks(dom('<p>Susan <b>E.</b> Rice</p>'));
    const start = pointAt(block, 6);
    expect(start.node.data).toBe('E.');
    expect(start.offset).toBe(0);
    const end = pointAt(block, 8, true);
    expect(end.node.data).toBe('E.');
    expect(end.offset).toBe(2);
    const last = pointAt(block, block.text.length, true);
    expect(last.node.data).toBe(' Rice');
    expect(last.offset).toBe(5);
  });
});
