import { foldKey } from '../text/normalize';

/** "F.B.I." → "fbi", "People's Daily" → "peoples-daily", "Xi Jinping" → "xi-jinping". '' for no words. */
export function slug(name: string): string {
  return foldKey(name.replace(/(\p{L})\.(?=\p{L}|$|\s)/gu, '$1').replace(/['\u2019]/g, ''))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
