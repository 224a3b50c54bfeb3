/**
 * The item the side panel should compare next: written when a card's "Compare
 * in side panel" is pressed, read by the panel when it opens and watched while
 * it is open. Stored, because the panel may open only later (from the toolbar).
 */
import { storage } from '@wxt-dev/storage';
import type { StoredKey } from '../contracts/protocol';
import { onRelayedChange } from './stored-changes';

export interface PanelFocus {
  id: string;
  at: number;
}

/** A focus older than this is stale when the panel opens: the reader moved on. */
export const FOCUS_FRESH_MS = 5 * 60_000;

const item = storage.defineItem<PanelFocus | null>(`local:${'panelFocus' satisfies StoredKey}`, { fallback: null });

export function setPanelFocus(id: string): Promise<void> {
  return item.setValue({ id, at: Date.now() });
}

function parseFocus(v: unknown): PanelFocus | null {
  if (typeof v !== 'object' || v === null) return null;
  const { id, at } = v as Record<string, unknown>;
  return typeof id === 'string' && typeof at === 'number' ? { id, at } : null;
}

export async function freshPanelFocus(now = Date.now()): Promise<PanelFocus | null> {
  const focus = parseFocus(await item.getValue().catch(() => null));
  return focus && now - focus.at < FOCUS_FRESH_MS ? focus : null;
}

/** Calls `onFocus` once for each focus written while watched (told by the browser or relayed by the background, whichever comes first). */
export function watchPanelFocus(onFocus: (focus: PanelFocus) => void): () => void {
  let last: PanelFocus | undefined;
  const take = (focus: PanelFocus | null) => {
    if (!focus || (last && focus.id === last.id && focus.at === last.at)) return;
    last = focus;
    onFocus(focus);
  };
  const unwatch = item.watch((v) => take(parseFocus(v)));
  const unrelay = onRelayedChange('panelFocus', () => freshPanelFocus(), take);
  return () => {
    unwatch();
    unrelay();
  };
}
