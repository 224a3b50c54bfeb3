/**
 * Remembering what the reader reads: on the sites they chose (settings'
 * `capture`), each article they open is added to their library once its page
 * has settled; a page the library has, opened again, is read again, and kept
 * as a new version when it changed (`library/versions.ts`). The content script of the top frame sends the page; this module
 * decides, by the address the browser gives for the sender (never by what the
 * page says), whether the reader chose that site and has not paused, and
 * queues the page. Pages are read one at a time, the worker yielding before
 * and after each, so that the pages' own requests are answered in between.
 * The same address with the same page within minutes is not read again; an
 * article the library has with the same text is left as it is.
 */
import type { Sender } from '../platform/messaging';
import { readSettings } from '../platform/settings-raw';
import { isCapturing, siteOrigin } from '../contracts/settings';
import type { ArticleInput } from '../library/article';
import { nextTask } from '../stories/steps';

/** How long the same page at the same address is taken as read already. */
export const SAME_PAGE_MS = 10 * 60_000;
const REMEMBERED_ADDRESSES = 500;

interface Capture {
  input: ArticleInput;
}

export class Capturer {
  /** The last page read at each address: when, and a digest of its HTML. */
  private readonly recent = new Map<string, { at: number; digest: string }>();
  private readonly queue: Capture[] = [];
  private running = false;

  constructor(
    /** Adds one captured article to the library (and tells the tabs, when something changed). */
    private readonly add: (input: ArticleInput) => Promise<void>,
    /** Whether the library has an article read from this address. */
    private readonly known: (url: string) => Promise<boolean> = async () => false,
    private readonly settings = readSettings,
    private readonly now = () => Date.now(),
  ) {}

  /**
   * Whether the page at the sender's address is to be read: the top frame of
   * a tab, not paused, and either on a site the reader chose or at an address
   * the library has (opened again, its page may have changed: a new version).
   */
  async wanted(sender: Sender): Promise<{ wanted: boolean }> {
    return { wanted: (await this.addressOf(sender)) !== undefined };
  }

  /** The content script's request: the page's HTML and title. */
  async capture(page: { html: string; title: string }, sender: Sender): Promise<Record<string, never>> {
    const url = await this.addressOf(sender);
    if (!url) return {};
    const digest = await digestOf(page.html);
    const last = this.recent.get(url);
    if (last && last.digest === digest && this.now() - last.at < SAME_PAGE_MS) return {};
    this.recent.delete(url);
    this.recent.set(url, { at: this.now(), digest });
    if (this.recent.size > REMEMBERED_ADDRESSES) this.recent.delete(this.recent.keys().next().value!);
    const title = page.title.trim().slice(0, 300) || url;
    this.queue.push({ input: { name: title, text: page.html, format: 'html', url, origin: 'captured' } });
    if (!this.running) void this.run();
    return {};
  }

  /** The sender's address (as the browser gives it) when its page is to be read, else `undefined`. */
  private async addressOf(sender: Sender): Promise<string | undefined> {
    const url = sender.frameId === 0 && sender.tab?.id !== undefined ? sender.url?.split('#')[0] : undefined;
    const origin = url ? siteOrigin(url) : undefined;
    if (!url || !origin || !url.startsWith(origin)) return undefined;
    return (await this.wants(url, origin)) ? url : undefined;
  }

  private async wants(url: string, origin: string): Promise<boolean> {
    const settings = await this.settings();
    if (settings.capture.paused) return false;
    return isCapturing(settings, origin) || (await this.known(url));
  }

  /** Resolves once every queued page has been read (for tests). */
  async idle(): Promise<void> {
    while (this.running || this.queue.length > 0) await nextTask();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        await nextTask();
        const { input } = this.queue.shift()!;
        // The reader's choice is read again: they may have paused or removed the site since.
        const origin = input.url ? siteOrigin(input.url) : undefined;
        // A page left out, or that could not be added, is not taken as read: the next request reads it.
        if (!origin || !(await this.wants(input.url!, origin))) {
          this.recent.delete(input.url!);
          continue;
        }
        try {
          await this.add(input);
        } catch (error) {
          this.recent.delete(input.url!);
          console.warn('Sourcelight could not remember a page:', error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

async function digestOf(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes.slice(0, 12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
