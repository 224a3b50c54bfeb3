/**
 * A quotation across its story. The library reads each saved article alone,
 * so a quote of one has that article as its only carrier, and the sample's
 * quotes know nothing of the saved articles that join the sample's story.
 * When a card or a comparison opens on a quote, the quotations of its story's
 * articles are found together, as the build finds a folder's (the same words
 * quoted, quoted with words changed, or the words without quote marks), and
 * the group holding the quote gives its carriers. Pure: unit-tested in Node.
 */
import type { Quote, QuoteCarrier, Source } from '../contracts/schema';
import { extractQuotes } from '../extract/quotes';
import type { ParsedSource } from '../intake/types';
import { words } from '../text/words';
import type { IndexLookup } from './index-lookup';

/** Per index, each story's quotations found together (by its sources), made when a card first asks. */
const storyQuotes = new WeakMap<IndexLookup, Map<string, Quote[]>>();

/** The story's articles as the extractor reads them: each body its sentences again, paragraphs apart. */
function articlesOf(lookup: IndexLookup, sources: readonly Source[]): ParsedSource[] {
  return sources.map((source) => {
    let body = '';
    let paragraph: number | undefined;
    const sentences = lookup.sentencesOf(source.id).map((s) => {
      if (body) body += s.paragraph === paragraph ? ' ' : '\n\n';
      paragraph = s.paragraph;
      const start = body.length;
      body += s.text;
      return { ...s, start, end: body.length };
    });
    return { source, sentences, body };
  });
}

function quotesOfStory(lookup: IndexLookup, sources: readonly Source[]): Quote[] {
  let byStory = storyQuotes.get(lookup);
  if (!byStory) storyQuotes.set(lookup, (byStory = new Map()));
  const key = sources.map((s) => s.id).join(' ');
  let quotes = byStory.get(key);
  if (!quotes) byStory.set(key, (quotes = extractQuotes(articlesOf(lookup, sources), [])));
  return quotes;
}

const keysOf = (text: string) =>
  words(text)
    .map((w) => w.key)
    .join(' ');

/**
 * `quote` with the carriers of its story: each article of the stories of its
 * carriers that has the quotation, quoted word for word (`verbatim`, against
 * `quote`'s own words), with words changed (`altered`) or without quote marks
 * (`unquoted`). Its id, words and speaker stay. A quote every article of its
 * story already carries is as it was.
 */
export function quoteAcrossStory(lookup: IndexLookup, quote: Quote): Quote {
  const around = lookup.sourcesAround(quote.carriers.map((c) => c.source));
  const carrying = new Set(quote.carriers.map((c) => c.source));
  if (around.every((s) => carrying.has(s.id))) return quote;
  const own = quote.carriers.filter((c) => c.status !== 'unquoted');
  const holds = (c: QuoteCarrier) => own.some((o) => o.sentence === c.sentence && o.text === c.text);
  // In the index's order, as the build reads a folder (its carriers come in that order).
  const members = new Set(around.map((s) => s.id));
  const inOrder = lookup.index.sources.filter((s) => members.has(s.id));
  const group = quotesOfStory(lookup, inOrder).find((q) => q.carriers.some(holds));
  if (!group) return quote;
  const words = keysOf(quote.text);
  const carriers = group.carriers.map((c): QuoteCarrier => (c.status === 'unquoted' ? c : { ...c, status: keysOf(c.text) === words ? 'verbatim' : 'altered' }));
  return { ...quote, carriers };
}
