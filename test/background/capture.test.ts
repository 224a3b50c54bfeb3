/**
 * The background's side of remembering what the reader reads: which senders
 * it takes a page from (the top frame of a tab, at a web address, on a site
 * the reader chose or at an address the library has, never while paused),
 * how often it reads the same page, and that it asks again before reading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../src/platform/messaging';
import type { ArticleInput } from '../../src/library/article';
import { defaultSettings, withCapturePaused, withCaptureSite, type Settings } from '../../src/contracts/settings';

// capture.ts reads settings through settings-raw, which imports the browser's API; every test hands its own settings.
vi.mock('wxt/browser', () => ({ browser: {} }));
const { Capturer, SAME_PAGE_MS } = await import('../../src/background/capture');

const CHOSEN = 'https://chosen.example';
const PAGE = { html: '<html><head><title>A</title></head><body><p>One.</p></body></html>', title: 'A story' };

const sender = (url: string | undefined, more: Partial<Sender> = {}): Sender => ({ frameId: 0, tab: { id: 4 } as Sender['tab'], url, ...more });

/** A Capturer over fakes: the settings and clock can be changed between calls. */
function setup({ sites = [CHOSEN], paused = false, known = [] as string[] } = {}) {
  const state = {
    settings: withCapturePaused(
      sites.reduce<Settings>((s, site) => withCaptureSite(s, site, true), defaultSettings()),
      paused,
    ),
    now: 1_000_000,
    known: new Set(known),
  };
  const added: ArticleInput[] = [];
  const askedKnown: string[] = [];
  const capturer = new Capturer(
    async (input) => {
      added.push(input);
    },
    async (url) => {
      askedKnown.push(url);
      return state.known.has(url);
    },
    async () => state.settings,
    () => state.now,
  );
  /** Sends a page and waits until the queue has read it (or dropped it). */
  const capture = async (page: { html: string; title: string }, from: Sender) => {
    expect(await capturer.capture(page, from)).toEqual({});
    await capturer.idle();
  };
  return { state, added, askedKnown, capturer, capture };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Capturer: who a page is taken from', () => {
  it.each<[string, Sender]>([
    ['a frame that is not the top one', sender(`${CHOSEN}/a`, { frameId: 3 })],
    ['no frame id', sender(`${CHOSEN}/a`, { frameId: undefined })],
    ['no tab', sender(`${CHOSEN}/a`, { tab: undefined })],
    ['a tab without an id', sender(`${CHOSEN}/a`, { tab: {} as Sender['tab'] })],
    ['no address', sender(undefined)],
    ['an ftp address', sender('ftp://chosen.example/a')],
    ['a file', sender('file:///home/reader/a.html')],
    ['about:blank', sender('about:blank')],
    ['an extension page', sender('chrome-extension://abcdef/library.html')],
    ['a data address', sender('data:text/html,<p>hi</p>')],
    ['an address with credentials', sender('https://user:pw@chosen.example/a')],
  ])('refuses %s, even on a chosen site', async (_name, from) => {
    const { added, capturer, capture } = setup({ known: [`${CHOSEN}/a`] });
    expect(await capturer.wanted(from)).toEqual({ wanted: false });
    await capture(PAGE, from);
    expect(added).toEqual([]);
  });

  it('takes the top frame of a tab on a chosen site, without its fragment', async () => {
    const { added, askedKnown, capturer, capture } = setup();
    const from = sender(`${CHOSEN}/news/1?page=2#comments`);
    expect(await capturer.wanted(from)).toEqual({ wanted: true });
    await capture(PAGE, from);
    expect(added).toEqual([{ name: 'A story', text: PAGE.html, format: 'html', url: `${CHOSEN}/news/1?page=2`, origin: 'captured' }]);
    // A chosen site needs no look-up in the library.
    expect(askedKnown).toEqual([]);
  });

  it('takes a chosen site over http too, but not the same host over another scheme or port', async () => {
    const { added, capture } = setup({ sites: ['http://127.0.0.1:8080'] });
    await capture(PAGE, sender('http://127.0.0.1:8080/a'));
    await capture(PAGE, sender('https://127.0.0.1:8080/a'));
    await capture(PAGE, sender('http://127.0.0.1:9090/a'));
    expect(added.map((a) => a.url)).toEqual(['http://127.0.0.1:8080/a']);
  });

  it('refuses everything while paused, even an address the library has', async () => {
    const known = 'https://elsewhere.example/a';
    const { added, capturer, capture } = setup({ paused: true, known: [known] });
    for (const url of [`${CHOSEN}/a`, known]) {
      expect(await capturer.wanted(sender(url))).toEqual({ wanted: false });
      await capture(PAGE, sender(url));
    }
    expect(added).toEqual([]);
  });

  it('takes an address the library has on a site not chosen, and nothing else there', async () => {
    const known = 'https://elsewhere.example/a';
    const { added, askedKnown, capturer, capture } = setup({ known: [known] });
    expect(await capturer.wanted(sender(`${known}#top`))).toEqual({ wanted: true });
    expect(await capturer.wanted(sender('https://elsewhere.example/b'))).toEqual({ wanted: false });
    await capture(PAGE, sender(known));
    await capture(PAGE, sender('https://elsewhere.example/b'));
    expect(added.map((a) => a.url)).toEqual([known]);
    // The library is asked by the address without its fragment.
    expect(askedKnown).toContain(known);
    expect(askedKnown).not.toContain(`${known}#top`);
  });

  it('refuses a site that is not chosen when nothing is known', async () => {
    const { added, capturer, capture } = setup({ sites: [] });
    expect(await capturer.wanted(sender(`${CHOSEN}/a`))).toEqual({ wanted: false });
    await capture(PAGE, sender(`${CHOSEN}/a`));
    expect(added).toEqual([]);
  });
});

describe('Capturer: the page it reads', () => {
  it.each<[string, string, string]>([
    ['the title, trimmed', '  A story \n', 'A story'],
    ['the address for an empty title', '   ', `${CHOSEN}/a`],
    ['at most 300 characters of a long title', 'x'.repeat(400), 'x'.repeat(300)],
  ])('is named by %s', async (_name, title, name) => {
    const { added, capture } = setup();
    await capture({ html: PAGE.html, title }, sender(`${CHOSEN}/a`));
    expect(added.map((a) => a.name)).toEqual([name]);
  });
});

describe('Capturer: the same page again', () => {
  const at = `${CHOSEN}/a`;

  it('reads the same page at one address once within SAME_PAGE_MS', async () => {
    const { state, added, capture } = setup();
    await capture(PAGE, sender(at));
    state.now += SAME_PAGE_MS - 1;
    await capture(PAGE, sender(`${at}#again`));
    expect(added).toHaveLength(1);
  });

  it('reads a changed page at once', async () => {
    const { state, added, capture } = setup();
    await capture(PAGE, sender(at));
    state.now += 1000;
    const changed = { ...PAGE, html: PAGE.html.replace('One.', 'Two.') };
    await capture(changed, sender(at));
    expect(added.map((a) => a.text)).toEqual([PAGE.html, changed.html]);
    // The changed page is now the one remembered: sent again, it is not read again.
    await capture(changed, sender(at));
    expect(added).toHaveLength(2);
  });

  it('reads the same page again after SAME_PAGE_MS', async () => {
    const { state, added, capture } = setup();
    await capture(PAGE, sender(at));
    state.now += SAME_PAGE_MS;
    await capture(PAGE, sender(at));
    expect(added).toHaveLength(2);
    // The time counts from the last reading.
    state.now += SAME_PAGE_MS - 1;
    await capture(PAGE, sender(at));
    expect(added).toHaveLength(2);
  });

  it('reads the same page at another address', async () => {
    const { added, capture } = setup();
    await capture(PAGE, sender(at));
    await capture(PAGE, sender(`${CHOSEN}/b`));
    expect(added.map((a) => a.url)).toEqual([at, `${CHOSEN}/b`]);
  });

  it('wanted() does not count as a reading', async () => {
    const { added, capturer, capture } = setup();
    expect(await capturer.wanted(sender(at))).toEqual({ wanted: true });
    expect(await capturer.wanted(sender(at))).toEqual({ wanted: true });
    await capture(PAGE, sender(at));
    expect(added).toHaveLength(1);
  });
});

describe('Capturer: the queue', () => {
  it('asks again before reading: paused between the request and the reading, nothing is added', async () => {
    const { state, added, capturer } = setup();
    await capturer.capture(PAGE, sender(`${CHOSEN}/a`));
    state.settings = withCapturePaused(state.settings, true);
    await capturer.idle();
    expect(added).toEqual([]);
  });

  it('a page dropped by a pause is not taken as read: sent again after the pause, it is added', async () => {
    const { state, added, capturer, capture } = setup();
    await capturer.capture(PAGE, sender(`${CHOSEN}/a`));
    state.settings = withCapturePaused(state.settings, true);
    await capturer.idle();
    state.settings = withCapturePaused(state.settings, false);
    await capture(PAGE, sender(`${CHOSEN}/a`));
    expect(added.map((a) => a.url)).toEqual([`${CHOSEN}/a`]);
  });

  it('asks again before reading: a site no longer chosen is not read', async () => {
    const { state, added, capturer } = setup();
    await capturer.capture(PAGE, sender(`${CHOSEN}/a`));
    state.settings = withCaptureSite(state.settings, CHOSEN, false);
    await capturer.idle();
    expect(added).toEqual([]);
  });

  it('reads pages one at a time, in order, and goes on after one that fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const capturer = new Capturer(
      async (input) => {
        started.push(input.url!);
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        if (input.url!.endsWith('/b')) throw new Error('no room');
      },
      async () => false,
      async () => withCaptureSite(defaultSettings(), CHOSEN, true),
    );
    for (const path of ['a', 'b', 'c']) await capturer.capture(PAGE, sender(`${CHOSEN}/${path}`));
    await capturer.idle();
    expect(started).toEqual([`${CHOSEN}/a`, `${CHOSEN}/b`, `${CHOSEN}/c`]);
    expect(most).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
