/**
 * The background's relay of stored changes (Firefox stops delivering
 * `storage.onChanged` to listeners added after a dead one: see
 * src/platform/stored-changes.ts), and how a page takes it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
type MessageListener = (raw: unknown, sender: object, sendResponse: (r: unknown) => void) => unknown;

const fake = {
  storageListeners: [] as StorageListener[],
  messageListeners: [] as MessageListener[],
  sentToPages: [] as unknown[],
  sentToTabs: [] as [number, unknown][],
};
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'sourcelight-id',
      getURL: (path: string) => 'chrome-extension://sourcelight-id/' + path.replace(/^\//, ''),
      sendMessage: async (message: unknown) => void fake.sentToPages.push(message),
      onMessage: {
        addListener: (l: MessageListener) => fake.messageListeners.push(l),
        removeListener: (l: MessageListener) => fake.messageListeners.splice(fake.messageListeners.indexOf(l), 1),
      },
    },
    storage: { onChanged: { addListener: (l: StorageListener) => fake.storageListeners.push(l) } },
    tabs: {
      query: async () => [{ id: 3 }, { id: 8 }, {}],
      sendMessage: async (tabId: number, message: unknown) => void fake.sentToTabs.push([tabId, message]),
    },
  },
}));

const { relayStoredChanges, onRelayedChange, storedKeysIn } = await import('../../src/platform/stored-changes');

const settle = () => new Promise((r) => setTimeout(r, 0));
const BACKGROUND = { id: 'sourcelight-id', url: 'chrome-extension://sourcelight-id/background.js' };
const CONTENT_SCRIPT = { id: 'sourcelight-id', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 };
const tell = (message: unknown, sender: object) => fake.messageListeners.forEach((l) => l(message, sender, () => undefined));

beforeEach(() => {
  fake.storageListeners = [];
  fake.messageListeners = [];
  fake.sentToPages = [];
  fake.sentToTabs = [];
});

describe('the relay', () => {
  it('tells the pages which relayed keys were written, and every tab when the settings were', async () => {
    relayStoredChanges();
    expect(fake.storageListeners).toHaveLength(1);
    fake.storageListeners[0]({ settings: { newValue: {} }, settings$: { newValue: { v: 1 } } }, 'local');
    await settle();
    expect(fake.sentToPages).toEqual([{ type: 'stored-changed', keys: ['settings'] }]);
    expect(fake.sentToTabs).toEqual([
      [3, { type: 'settings-changed' }],
      [8, { type: 'settings-changed' }],
    ]);
  });

  it('tells only the pages of a new panel focus, and nobody of other keys or areas', async () => {
    relayStoredChanges();
    fake.storageListeners[0]({ panelFocus: { newValue: { id: 'person:xi', at: 1 } } }, 'local');
    fake.storageListeners[0]({ libraryStamp: { newValue: 2 } }, 'local');
    fake.storageListeners[0]({ settings: { newValue: {} } }, 'sync');
    await settle();
    expect(fake.sentToPages).toEqual([{ type: 'stored-changed', keys: ['panelFocus'] }]);
    expect(fake.sentToTabs).toEqual([]);
  });

  it('finds the relayed keys in a change, each once, in their order', () => {
    expect(storedKeysIn(['x', 'panelFocus', 'settings'])).toEqual(['settings', 'panelFocus']);
    expect(storedKeysIn(['settings$'])).toEqual([]);
  });
});

describe('a page hearing it', () => {
  it('reads the key again when the background relays it, and passes on only the latest of overlapping reads', async () => {
    const seen: string[] = [];
    const pending: ((v: string) => void)[] = [];
    const read = vi.fn(() => new Promise<string>((resolve) => pending.push(resolve)));
    const stop = onRelayedChange('settings', read, (v) => seen.push(v));
    tell({ type: 'stored-changed', keys: ['settings'] }, BACKGROUND);
    tell({ type: 'stored-changed', keys: ['panelFocus', 'settings'] }, BACKGROUND);
    expect(read).toHaveBeenCalledTimes(2);
    pending[1]('second');
    pending[0]('first');
    await settle();
    expect(seen).toEqual(['second']);
    stop();
    tell({ type: 'stored-changed', keys: ['settings'] }, BACKGROUND);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not read for another key, a malformed event, or a content script claiming a change', async () => {
    const read = vi.fn(async () => 'x');
    onRelayedChange('settings', read, () => undefined);
    tell({ type: 'stored-changed', keys: ['panelFocus'] }, BACKGROUND);
    tell({ type: 'stored-changed', keys: ['settings', 'nope'] }, BACKGROUND);
    tell({ type: 'stored-changed', keys: ['settings'] }, CONTENT_SCRIPT);
    tell({ type: 'stored-changed', keys: ['settings'] }, { ...BACKGROUND, id: 'another-extension' });
    await settle();
    expect(read).not.toHaveBeenCalled();
  });

  it('passes nothing on for a read that ends after it stopped', async () => {
    let resolve!: (v: string) => void;
    const seen: string[] = [];
    const stop = onRelayedChange(
      'settings',
      () => new Promise<string>((r) => (resolve = r)),
      (v) => seen.push(v),
    );
    tell({ type: 'stored-changed', keys: ['settings'] }, BACKGROUND);
    stop();
    resolve('late');
    await settle();
    expect(seen).toEqual([]);
  });
});
