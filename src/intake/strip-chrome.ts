/**
 * Removes what is on the page but not in the article: share buttons, comment
 * sections, "Most Viewed" lists, feed footers ("from ... via IFTTT"), editor
 * credits, print-edition notes, "Read in Chinese" links, tag lines, lone section
 * labels, copyright lines, trailing agency credits "(PNA/PTI)".
 *
 * Works line by line on `splitLines` output. Everything after a comment-section
 * marker ("Leave a Reply", "Post a Comment", "Add your comment", "No comments:")
 * is dropped too: nothing of the article follows a comment box. Subheads are
 * NOT chrome; they are kept here and left out of sentences later.
 */
import type { Line } from './lines';
import { countWords } from '../text/words';

const END_MARKERS = [/^leave a (reply|comment)$/i, /^post a comment$/i, /^add your comment$/i, /^(no|\d+) comments?:?$/i, /^comments?( \(\d+\))?:?$/i];

const CHROME: [RegExp, string][] = [
  [
    /^(most (viewed|popular|read|shared)|hot news|we recommend|recommended( for you)?|related (articles|stories|posts|news)|trending( now)?|you may also like|more from .{1,40})$/i,
    'list label',
  ],
  [/^(prev|previous)\s*(\|\s*)?next$/i, 'pager'],
  [/^view the original content\b/i, 'feed link'],
  [/^from\s+.{1,80}?\s+https?:\/\/\S+$/i, 'feed footer'],
  [/^via\s+\S+$/i, 'feed footer'],
  [/^\(?editor:.*\)?$/i, 'editor credit'],
  [/^[(（]?\s*(?:责编|责任编辑|責任編輯|编辑|編輯|校对|审核)\s*[:：]/u, 'editor credit'],
  [/^\((for the latest|follow)\b.*\)$/i, 'follow-us line'],
  [/\bfollow .{1,40} on (twitter|facebook)\b/i, 'follow-us line'],
  [/^a version of this article appears in print\b/i, 'print edition'],
  [/\bread in (chinese|english|spanish|french)\b/i, 'language link'],
  [/^(©|\(c\)|copyright\b)\s*.{0,80}$/i, 'copyright'],
  [/^(tags?|filed under|categories|posted in)\s*:/i, 'tag line'],
  [/^(advertisement|continue reading the main story|share this( article| story)?|print|email|bitnami|proudly powered by .*|powered by .*)$/i, 'page furniture'],
  [/^https?:\/\/\S+$/i, 'bare link'],
  [/^(?:thanks for reading|subscribe (?:now|today|for free)|sign up for (?:our|the) (?:free )?newsletter)\b.{0,140}$/i, 'subscribe prompt'],
];

const SOCIAL =
  /\b(facebook|twitter|google\s*(plus|\+)|instagram|youtube|linkedin|whatsapp|pinterest|reddit|weibo|wechat|tumblr|email|print|share)\b|新浪微博|微信/gi;

/** A line of share buttons: mostly social network names. */
export function isShareLine(text: string): boolean {
  const hits = text.match(SOCIAL)?.length ?? 0;
  return hits >= 3;
}

const TERMINAL = /[.!?:;。！？｡]["')\]」』）”’]*$/;

/** "China, critical infrastructure, cyber attack, Cybersecurity": short comma-separated labels, no sentence. */
export function isTagLine(text: string): boolean {
  if (TERMINAL.test(text)) return false;
  const items = text.split(/\s*[,;|]\s*/);
  return items.length >= 3 && items.every((item) => item.length > 0 && countWords(item) <= 4);
}

/** "ASIA PACIFIC", "WORLD": a short all-capitals label standing alone. */
export function isSectionLabel(text: string): boolean {
  return /^[A-Z][A-Z&/ -]{1,40}$/.test(text) && text.split(' ').length <= 4;
}

/** Why `text` is chrome, or undefined if it may be article text. */
export function chromeReason(text: string): string | undefined {
  if (END_MARKERS.some((re) => re.test(text))) return 'comment section';
  for (const [re, reason] of CHROME) if (re.test(text)) return reason;
  if (isShareLine(text)) return 'share buttons';
  if (isTagLine(text)) return 'tag line';
  if (isSectionLabel(text)) return 'section label';
  return undefined;
}

// "(PNA/PTI)", "(AP)", "(Reuters)" closing the last paragraph: a credit, not article text.
const TRAILING_CREDIT = /\s*\((?:[A-Z]{2,}(?:\/[A-Z]{2,})*|Reuters|Xinhua|Bloomberg)\)$/;

/** Drops chrome lines (and everything after a comment-section marker); trims trailing agency credits. */
export function stripChrome(lines: Line[]): Line[] {
  const kept: Line[] = [];
  for (const line of lines) {
    if (END_MARKERS.some((re) => re.test(line.text))) break;
    if (chromeReason(line.text)) continue;
    const text = line.text.replace(TRAILING_CREDIT, '');
    if (text) kept.push(text === line.text ? line : { ...line, text });
  }
  return kept;
}
