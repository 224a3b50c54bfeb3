/**
 * The pipeline's HTML parser: linkedom, fast, enough for Readability, and
 * plain JavaScript, so the build (Node) and the library (the extension's
 * background, where a service worker has no `DOMParser`) read HTML alike.
 * src/intake never imports a DOM library: the parser is handed to it.
 */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../intake/article';

export const parseHtmlWithLinkedom: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
