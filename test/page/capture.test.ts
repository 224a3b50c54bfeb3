// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://chosen.example/news/1" }
/**
 * The page's side of remembering what the reader reads: the top frame sends
 * its settled page on a chosen site, asks the background elsewhere, sends
 * nothing while paused, and follows a single-page app's move only right
 * after the reader's own click or key.
 *
 * happy-dom gives events no `isTrusted` (it reads as undefined, like an
 * untrusted event) and has no `requestIdleCallback` (the page is sent as
 * soon as it is wanted). A trusted event is made by setting `isTrusted` on
 * the event before it is dispatched, as the browser does for the reader's
 * own input; the idle callback is stubbed where a test needs it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageCapture, READER_MOVE_MS, SETTLE_MS } from '../../src/page/capture';
import { defaultSettings, withCapturePaused, withCaptureSite, type Settings } from '../../src/contracts/settings';
import { MAX_FILE_CHARS } from '../../src/contracts/library-messages';

const ORIGIN = 'https://chosen.example';

interface Setup {
  settings?: Settings;
  isTop?: boolean;
  wanted?: () => Promise<{ wanted: boolean }>;
}

let captures: PageCapture[] = [];

function setup({ settings = withCaptureSite(defaultSettings(), ORIGIN, true), isTop = true, wanted }: Setup = {}) {
  const state = { settings };
  const sent: { html: string; title: string }[] = [];
  const asked = vi.fn(wanted ?? (async () => ({ wanted: false })));
  const capture = new PageCapture(
    () => state.settings,
    isTop,
    async (page) => {
      sent.push(page);
    },
    asked,
    document,
  );
  captures.push(capture);
  return { state, sent, asked, capture };
}

/** An input event as the browser dispatches it for the reader's own click or key. */
function readerInput(type: 'pointerdown' | 'keydown'): void {
  const event = new Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  document.body.dispatchEvent(event);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.title = 'Dam Inspection Report Released';
  document.body.innerHTML = '<article><h1>Dam Inspection Report Released</h1><p>Inspectors said the dam did not meet the standard.</p></article>';
});

afterEach(() => {
  for (const c of captures) c.dispose();
  captures = [];
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('PageCapture', () => {
  it('runs at the expected address', () => {
    expect(document.location.origin).toBe(ORIGIN);
  });

  it('sends nothing from a frame that is not the top one', async () => {
    const { sent, asked, capture } = setup({ isTop: false });
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('sends nothing while paused, and does not ask', async () => {
    const { sent, asked, capture } = setup({
      settings: withCapturePaused(withCaptureSite(defaultSettings(), ORIGIN, true), true),
      wanted: async () => ({ wanted: true }),
    });
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('on a chosen site, sends the settled page (its HTML and title) after SETTLE_MS, without asking', async () => {
    const { sent, asked, capture } = setup();
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ html: document.documentElement.outerHTML, title: 'Dam Inspection Report Released' }]);
    expect(sent[0].html).toContain('did not meet the standard');
    expect(asked).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toHaveLength(1);
  });

  it('waits for the page to settle again when scheduled again, and sends it once', async () => {
    const { sent, capture } = setup();
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    document.body.innerHTML = '<p>Late content.</p>';
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((p) => p.html.includes('Late content.'))).toEqual([true]);
  });

  it.each<[string, () => Promise<{ wanted: boolean }>, number]>([
    ['wanted', async () => ({ wanted: true }), 1],
    ['not wanted', async () => ({ wanted: false }), 0],
    ['no answer (the background refuses)', async () => Promise.reject(new Error('no receiver')), 0],
  ])('on a site not chosen, asks the background once settled and sends only when %s', async (_name, wanted, count) => {
    const { sent, asked, capture } = setup({ settings: defaultSettings(), wanted });
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(asked).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(count);
  });

  it('on a site not chosen, drops an answer that comes after the page was scheduled again', async () => {
    let answer: (reply: { wanted: boolean }) => void = () => undefined;
    const { sent, asked, capture } = setup({
      settings: defaultSettings(),
      wanted: () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    });
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(asked).toHaveBeenCalledTimes(1);
    capture.schedule();
    answer({ wanted: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(asked).toHaveBeenCalledTimes(2);
    answer({ wanted: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing when paused after the page was scheduled', async () => {
    const { state, sent, capture } = setup();
    capture.schedule();
    state.settings = withCapturePaused(state.settings, true);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sent).toEqual([]);
  });

  it('sends nothing larger than a file the library takes', async () => {
    const { sent, capture } = setup();
    document.body.textContent = 'x'.repeat(MAX_FILE_CHARS);
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sent).toEqual([]);
  });

  it('cancels a scheduled page on dispose', async () => {
    const { sent, capture } = setup();
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    capture.dispose();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
  });

  it('sends nothing when disposed while the background is answering whether it wants the page', async () => {
    let answer: (reply: { wanted: boolean }) => void = () => undefined;
    const { sent, asked, capture } = setup({
      settings: defaultSettings(),
      wanted: () => new Promise((resolve) => (answer = resolve)),
    });
    capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(asked).toHaveBeenCalledTimes(1);
    capture.dispose();
    answer({ wanted: true });
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
  });

  it('cancels a page waiting for the page to be idle on dispose, and checks paused again when idle', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback) - 1);
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      idle[handle] = () => undefined;
    });
    const disposed = setup();
    disposed.capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(idle).toHaveLength(1);
    disposed.capture.dispose();
    idle[0]();
    expect(disposed.sent).toEqual([]);

    const paused = setup();
    paused.capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    paused.state.settings = withCapturePaused(paused.state.settings, true);
    idle[1]();
    expect(paused.sent).toEqual([]);

    const sentWhenIdle = setup();
    sentWhenIdle.capture.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sentWhenIdle.sent).toEqual([]);
    idle[2]();
    expect(sentWhenIdle.sent).toHaveLength(1);
  });
});

describe('PageCapture.moved', () => {
  it('does nothing without the reader’s input', async () => {
    const { sent, capture } = setup();
    capture.moved();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
  });

  it.each(['pointerdown', 'keydown'])('does nothing after an untrusted %s (one the page’s scripts dispatch)', async (type) => {
    const { sent, capture } = setup();
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    capture.moved();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
  });

  it.each<['pointerdown' | 'keydown']>([['pointerdown'], ['keydown']])('schedules the page within READER_MOVE_MS of the reader’s %s', async (type) => {
    const { sent, capture } = setup();
    readerInput(type);
    await vi.advanceTimersByTimeAsync(READER_MOVE_MS);
    capture.moved();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sent).toHaveLength(1);
  });

  it('does nothing when the reader’s input was longer than READER_MOVE_MS ago', async () => {
    const { sent, capture } = setup();
    readerInput('pointerdown');
    await vi.advanceTimersByTimeAsync(READER_MOVE_MS + 1);
    capture.moved();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
  });

  it('does not hear the reader’s input once disposed', async () => {
    const { sent, capture } = setup();
    capture.dispose();
    readerInput('pointerdown');
    capture.moved();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
  });

  it('does nothing in a frame that is not the top one, even after the reader’s input', async () => {
    const { sent, asked, capture } = setup({ isTop: false, wanted: async () => ({ wanted: true }) });
    readerInput('pointerdown');
    capture.moved();
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 5);
    expect(sent).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
  });
});
