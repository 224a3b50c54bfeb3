// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PROBE_ELEMENTS, probeText, textWithoutCode } from '../../src/page/page-text';
import { PROBE_CHARS } from '../../src/contracts/messages';
import { collectTextBlocks } from '../../src/page/text-blocks';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('textWithoutCode', () => {
  it('is the text content, less what scripts, style sheets and noscript hold', () => {
    const body = dom(
      '<h1>Talks</h1><script>var x = "Xi Jinping";</script><p>Susan <b>E.</b> Rice<style>p { color: red }</style> met him.</p>' +
        '<div><noscript>Enable scripts</noscript><p>Then <i>Xi</i> spoke.</p></div><script>1</script>',
    );
    expect(textWithoutCode(body)).toBe('TalksSusan E. Rice met him.Then Xi spoke.');
  });

  it('is the whole text content where there is no code', () => {
    const body = dom('<p>One <a href="#">two</a></p><p>three</p>');
    expect(textWithoutCode(body)).toBe(body.textContent);
  });

  it('holds every block the collector reads, in order', () => {
    const body = dom('<main><h2>More stories</h2><script>x</script><p>President Obama <em>spoke</em>.</p><ul><li>Weather</li></ul></main>');
    const whole = textWithoutCode(body);
    let from = 0;
    for (const block of collectTextBlocks(body)) {
      const at = whole.indexOf(block.text, from);
      expect(at, block.text).toBeGreaterThanOrEqual(0);
      from = at + block.text.length;
    }
  });
});

describe('probeText', () => {
  it('is the text without code on an ordinary page', () => {
    const body = dom('<p>Susan E. Rice met him.</p><script>x</script>');
    expect(probeText(body)).toBe('Susan E. Rice met him.');
  });

  // Builds 40,000 elements in happy-dom: seconds on a loaded machine.
  it('is undefined for a page of more elements than it is worth reading whole', { timeout: 30_000 }, () => {
    expect(probeText(dom('<b>x</b>'.repeat(PROBE_ELEMENTS + 1)))).toBeUndefined();
    expect(probeText(dom('<b>x</b>'.repeat(PROBE_ELEMENTS)))).toBe('x'.repeat(PROBE_ELEMENTS));
  });

  it('is undefined for a text longer than one probe may carry', () => {
    expect(probeText(dom(`<p>${'x'.repeat(PROBE_CHARS + 1)}</p>`))).toBeUndefined();
  });
});
