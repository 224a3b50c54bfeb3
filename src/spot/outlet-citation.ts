/**
 * An outlet's name is worth a highlight where a text cites it as a source
 * ("The New York Times reported", "according to Reuters", "told the Times",
 * a reference list's `"Title". The New York Times.`), not where a page wears
 * it: its masthead and navigation, a photo or chart credit ("Chang W.
 * Lee/The New York Times", "By The New York Times | Source: …"), a byline
 * block, a copyright line, an offer "for The New York Times's products".
 * The evidence is the words right around the name, in the same block.
 *
 * Offsets are into the normalised page text (straight quotes).
 */

/** Verbs after the name that make it the teller: "The New York Times reported that…". */
const TELLS_AFTER =
  /^(?:,)? (?:has |had |first |also |previously |later |recently )?(?:reported|reports|reporting|said|says|wrote|writes|quoted|quotes|cited|cites|published|publishes|obtained|reviewed|revealed|reveals|noted|notes|found|learned|confirmed|disclosed|broke|asked|contacted|editorialized|described|identified|estimated|analyzed|analysed)\b/;
/** Its report, after a possessive: "The New York Times's report". */
const REPORT_AFTER =
  /^'s? (?:own )?(?:report|reports|reporting|story|stories|article|articles|investigation|analysis|editorial|editorial board|account|coverage|interview|poll|survey|review|reporters?|journalists?|correspondents?|columnists?|op-ed)\b/;
/** Words before the name that make it the source: "according to", "told", "reported by", "an op-ed in". */
const CITES_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:according to|told|tells|telling|tell|reported by|reported in|first reported by|as reported by|published by|published in|printed in|appeared in|quoted by|quoted in|cited by|cited in|obtained by|reviewed by|confirmed to|said to|spoke to|speaking to|spoke with|speaking with|interview with|interviewed by|wrote in|writing in|writes in|wrote for|writing for|an? (?:op-ed|article|report|story|interview|editorial|column|essay|letter|piece|investigation|analysis) (?:in|by|for|with|from)|(?:reports?|reporting|stories|articles|coverage|investigation) (?:in|by|from)|in) (?:the )?$`,
  'iu',
);
/**
 * A reference list's entry: a quoted title before (perhaps with a section
 * between, `"Title". Movies & TV Dept. The New York Times.`), a full stop or
 * comma after (`"Title". The New York Times. 2009.`).
 */
const TITLE_BEFORE = /"\s*[.,]?\s*(?:[^"\n]{0,30}[.,]\s*)?$/;
const ENTRY_AFTER = /^\s*[.,]/;

/** Whether the name at `[start, end)` of `text` is cited as a source there. */
export function citesOutlet(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 48);
  if (TELLS_AFTER.test(after) || REPORT_AFTER.test(after)) return true;
  if (/[/|©]\s*$/.test(before) || /\bfor $/i.test(before)) return false;
  if (CITES_BEFORE.test(before)) return true;
  return TITLE_BEFORE.test(before) && ENTRY_AFTER.test(after);
}
