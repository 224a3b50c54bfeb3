/**
 * Micro-benchmark of the page matcher (not a test): `npx tsx test/bench/matcher.ts`.
 * Prints median times for 1 MB of generated news-like text without and with
 * mentions, for a tiny page, for building the automaton / matcher, and the
 * fixture's SpotIndex size.
 */
import { gzipSync } from 'node:zlib';
import { toSpotIndex } from '../../src/index/spot-index';
import { buildAutomaton } from '../../src/spot/aho-corasick';
import { createMatcher } from '../../src/spot/matcher';
import { fullIndex } from '../spot/fixtures';
import { mulberry32 } from '../spot/prng';

const rand = mulberry32(2015);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];

const WORDS = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they which ' +
  'one you were all her she there would their we him been has when who will no more if out so said what up its ' +
  'about into than them can only other new some could time these two may then do first any my now such like our ' +
  'over man me even most made after also did many before must through back years where much your way well down ' +
  'should because each just those people how too little state good very make world still own see men work long ' +
  'government officials business market plus trust thus bus unit night price nice union minister percent us under'
).split(' ');
const CAPITALS = ['Monday', 'London', 'Paris', 'Mr. Brown', 'The Company', 'Congress', 'Europe', 'Ms. Lee', 'Chapter'];
const MENTIONS = [
  'President Xi Jinping',
  'Mr. Xi',
  'Susan E. Rice',
  'Ms. Rice',
  'the F.B.I.',
  'the United States',
  'the U.S.',
  'the UN',
  'critical infrastructure',
  'cyber weapons',
  'Office of Personnel Management',
  'Sony\u2019s',
  '\u201CIt could create some self-restraint,\u201D',
];

function sentence(withMentions: boolean): string {
  const n = 8 + Math.floor(rand() * 20);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (withMentions && r < 0.03) words.push(pick(MENTIONS));
    else if (r < 0.08) words.push(pick(CAPITALS));
    else words.push(pick(WORDS));
  }
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + (rand() < 0.1 ? ',\u201D he said.' : '.');
}

function page(bytes: number, withMentions: boolean): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(withMentions)).join(' ');
    parts.push(paragraph);
    size += paragraph.length + 1;
  }
  // Text nodes joined with line breaks, as the content script collects them.
  return parts.join('\n').slice(0, bytes);
}

/**
 * Median wall time and median CPU time (user + system) of `runs` calls, in ms.
 * CPU time is the steadier figure on a shared machine: other processes there
 * stretch wall time, not the CPU this process spends.
 */
function median(runs: number, fn: () => unknown): [wall: number, cpu: number] {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return [mid(wall), mid(cpu)];
}

const spot = toSpotIndex(fullIndex);
const matcher = createMatcher(spot);
const plain = page(1 << 20, false);
const mentions = page(1 << 20, true);
// The automaton on a realistic number of aliases: the fixture's, plus synthetic names.
const names = Array.from({ length: 3000 }, (_, i) => `${pick(CAPITALS)} ${pick(WORDS)}${i}`);
const tiny = 'Susan E. Rice met President Xi Jinping in Washington. Rice said the US would act.';

for (let i = 0; i < 5; i++) matcher.match(mentions); // warm up

const ms = ([wall, cpu]: [number, number]) => `${wall.toFixed(2)} ms wall, ${cpu.toFixed(2)} ms CPU`;
const json = JSON.stringify(spot);
// A bare loop reading every code unit of the same megabyte: the floor any pass
// over the text pays, to scale the figures below on a busy machine.
const floor = (text: string) => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
};
console.log(`median of repeated runs; load average ${(await import('node:os')).loadavg()[0].toFixed(2)}`);
console.log(`reference: one bare pass over 1 MB  ${ms(median(21, () => floor(plain)))}`);
console.log(`1 MB without mentions    ${ms(median(21, () => matcher.match(plain)))}  (${matcher.match(plain).length} matches)`);
console.log(`1 MB with mentions       ${ms(median(21, () => matcher.match(mentions)))}  (${matcher.match(mentions).length} matches)`);
console.log(`tiny page (${tiny.length} chars)    ${ms(median(201, () => matcher.match(tiny)))}`);
console.log(`automaton, ${spot.aliases.length} aliases    ${ms(median(51, () => buildAutomaton(spot.aliases.map((a) => a.text))))}`);
console.log(`automaton, 3000 aliases  ${ms(median(21, () => buildAutomaton(names)))}`);
console.log(`createMatcher (fixture)  ${ms(median(51, () => createMatcher(spot)))}`);
console.log(`SpotIndex of the fixture: ${json.length} B JSON, ${gzipSync(json).length} B gzipped`);
