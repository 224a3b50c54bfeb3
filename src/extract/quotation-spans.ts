/**
 * Quotations in a body: text between double quotes, straight or curly, paired
 * paragraph by paragraph. A quotation still open at a paragraph's end closes
 * there (news style leaves it open when the speaker goes on in the next one).
 * Single quotes are apostrophes or nested quotes: never delimiters here.
 */

export interface QuotationSpan {
  /** Offsets into the body of the words between the marks. */
  start: number;
  end: number;
  /** Those words, trailing commas and spaces trimmed. */
  text: string;
  /** Offsets of the paragraph that holds it. */
  paragraphStart: number;
  paragraphEnd: number;
}

/** Paragraphs of a body joined by blank lines, as offsets. */
export function paragraphs(body: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const part of body.split(/\n\s*\n/)) {
    const start = body.indexOf(part, at);
    out.push([start, start + part.length]);
    at = start + part.length;
  }
  return out;
}

/** Every quotation of the body, in order. No quote marks → []. */
export function quotationSpans(body: string): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  for (const [ps, pe] of paragraphs(body)) {
    let open = -1;
    const close = (end: number) => {
      let e = end;
      while (e > open && /[\s,;:]/.test(body[e - 1])) e--;
      let s = open;
      while (s < e && /\s/.test(body[s])) s++;
      if (e > s) out.push({ start: s, end: e, text: body.slice(s, e), paragraphStart: ps, paragraphEnd: pe });
      open = -1;
    };
    for (let i = ps; i < pe; i++) {
      const c = body[i];
      if (c === '\u201C' || (c === '"' && open < 0)) {
        if (open < 0) open = i + 1;
      } else if ((c === '\u201D' || c === '"') && open >= 0) {
        close(i);
      }
    }
    if (open >= 0) close(pe);
  }
  return out;
}
