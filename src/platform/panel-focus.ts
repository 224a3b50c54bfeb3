/**
 * The item the side panel should compare next: written when a card's "Compare
 * in side panel" is pressed, read by the panel when it opens and watched while
 * it is open. Stored, because the panel may open only later (from the toolbar).
 */
import { storage } from '@wxt-dev/storage';

export interface PanelFocus {
  id: string;
  at: number;
}

/** A focus older than this is stale when the panel opens: the reader moved on. */
export const FOCUS_FRESH_MS = 5 * 60_000;

const item = storage.defineItem<PanelFocus | null>('local:panelFocus', { fallback: null });

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

export function watchPanelFocus(onFocus: (focus: PanelFocus) => void): () => void {
  return item.watch((v) => {
    const focus = parseFocus(v);
    if (focus) onFocus(focus);
  });
}
