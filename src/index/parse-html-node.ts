/**
 * The build's HTML parser (Node): linkedom, which is fast and enough for
 * Readability. The browser passes `DOMParser` instead; src/intake never
 * imports either.
 */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../intake/article';

export const parseHtmlNode: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
