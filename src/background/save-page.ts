/**
 * Reads the article in a tab when the reader asks to save it (popup button,
 * context menu, keyboard command): one `scripting.executeScript` under
 * `activeTab`, which the browser grants only for that gesture. Nothing runs in
 * the page before it is asked, and the page cannot ask.
 */
import { browser } from 'wxt/browser';
import type { ArticleInput } from '../library/article';

/** The page's HTML, address and title, read in the page. */
function readPage(): { html: string; url: string; title: string } {
  return { html: document.documentElement.outerHTML, url: location.href, title: document.title };
}

const MAX_PAGE_CHARS = 5_000_000;

export async function savePage(tabId: number): Promise<{ input: ArticleInput } | { error: string }> {
  let page: ReturnType<typeof readPage> | undefined;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: readPage });
    page = result?.result as ReturnType<typeof readPage> | undefined;
  } catch (error) {
    return { error: `Sourcelight cannot read this page (${(error as Error).message ?? String(error)}).` };
  }
  if (!page || typeof page.html !== 'string' || typeof page.url !== 'string') return { error: 'Sourcelight cannot read this page.' };
  if (!/^(https?|file):/.test(page.url)) return { error: 'Only web pages can be saved to the library.' };
  if (page.html.length > MAX_PAGE_CHARS) return { error: 'This page is too large to save as an article.' };
  const title = typeof page.title === 'string' && page.title.trim() ? page.title.trim().slice(0, 300) : page.url;
  // The same page with another #fragment is the same article.
  return { input: { name: title, text: page.html, format: 'html', url: page.url.split('#')[0] } };
}
