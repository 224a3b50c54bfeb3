/**
 * Finding and launching the real browsers with the built extension loaded:
 * used by `npm start` (the demo), the end-to-end tests and the benchmark.
 * Recipe and pitfalls: see the README's "Testing" section.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

const DEFAULT_PATHS: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};
const ENV_VARS: Record<BrowserName, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
const PACKAGES: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: resolve(ROOT, '.output/chrome-mv3'),
  firefox: resolve(ROOT, '.output/firefox-mv2'),
};

/** The Firefox add-on id (as in wxt.config.ts) and the fixed UUID tests give it. */
export const GECKO_ID = 'sourcelight@sourcelight.dev';
export const FIREFOX_UUID = '5a1e7e1b-0c3b-4d7e-9a57-50a2ce11a17e';

/** A user error that deserves one clear message, not a stack trace. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** @throws {SetupError} naming the install command when the browser is missing. */
export function findBrowser(name: BrowserName): string {
  const fromEnv = process.env[ENV_VARS[name]];
  const path = fromEnv || DEFAULT_PATHS[name];
  if (existsSync(path)) return path;
  const label = name === 'chromium' ? 'Chromium' : 'Firefox ESR';
  throw new SetupError(
    `${label} was not found at ${path}${fromEnv ? ` (from ${ENV_VARS[name]})` : ''}. ` +
      `Install it with "sudo apt-get install ${PACKAGES[name]}", or set ${ENV_VARS[name]} to its binary.`,
  );
}

/** @throws {SetupError} when the extension has not been built for that browser. */
export function findBuild(name: BrowserName): string {
  const dir = BUILD_DIRS[name];
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new SetupError(`The extension is not built at ${dir}. Run "npm run build" first.`);
  }
  return dir;
}

/**
 * Every request that is not for this machine goes to a closed loopback port and
 * fails at once: the saved pages still name their CDNs, and this machine has no
 * network to reach them (waiting for each to time out would make a page load
 * take seconds). Requests to 127.0.0.1 and localhost go direct.
 */
const DEAD_PROXY = { host: '127.0.0.1', port: 9 };

// Without the background-networking flags Chromium floods the closed network with requests.
const chromiumArgs = (proxyPort: number) => [
  `--proxy-server=http://${DEAD_PROXY.host}:${proxyPort}`,
  // "<-loopback>" lets Chromium use the proxy for loopback too, unless listed: list it back.
  '--proxy-bypass-list=127.0.0.1;localhost',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying',
  // The extension updater would ask Google about the installed extensions.
  '--extensions-update-frequency=31536000',
];

export interface Launched {
  browser: Browser;
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: where the extension's pages live. */
  extensionOrigin: string;
}

export interface LaunchExtensionOptions {
  headless?: boolean;
  /** Load no extension: the baseline for measurements. */
  withoutExtension?: boolean;
  /** Load the unpacked extension in this folder instead of the build (Chromium): another baseline, an extension that does nothing. */
  extensionDir?: string;
  /** Send outside requests to this loopback port (a recorder) instead of the closed one. */
  proxyPort?: number;
  /** Colour scheme the pages see (Firefox: at launch; Chromium: emulate it on the page). */
  colorScheme?: 'light' | 'dark';
  /**
   * Keep the welcome tab the extension opens on install. By default it is
   * closed: in Chromium it would come to the front, and a background tab
   * paints no frame (no hover, no screenshot).
   */
  keepWelcomeTab?: boolean;
  /**
   * The profile folder, kept after the browser closes (default: a fresh one,
   * removed on close): a second launch on the same folder is the browser
   * restarted. Firefox keeps the extension's storage and UUID across the
   * temporary add-on's uninstall at shutdown. Chromium keeps the service
   * worker's script in the profile (`Default/Service Worker`) and runs that
   * copy until the extension's version changes: a folder kept across builds
   * runs the old background until that folder is removed.
   */
  profileDir?: string;
  /** More Firefox preferences for this launch (e.g. a storage limit). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

const WELCOME_PAGE = /\/welcome\.html$/;

/** The welcome tab's page, by its own location (Firefox's BiDi reports about:blank for a tab an extension opened). */
async function findWelcomeTab(browser: Browser): Promise<Page | undefined> {
  for (const page of await browser.pages()) {
    const href = await Promise.race([page.evaluate('location.href').catch(() => ''), new Promise((r) => setTimeout(() => r(''), 2000))]);
    if (typeof href === 'string' && WELCOME_PAGE.test(href)) return page;
  }
  return undefined;
}

/** Closes the welcome tab the install opens, waiting for it a few seconds at most. */
async function closeWelcomeTab(browser: Browser, timeout = 8000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = await findWelcomeTab(browser);
    if (page) {
      await page.close().catch(() => undefined);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Launches `name` with the built extension installed and resolves its origin. */
export async function launchWithExtension(name: BrowserName, options: LaunchExtensionOptions = {}): Promise<Launched> {
  const executablePath = findBrowser(name);
  const headless = options.headless ?? true;
  if (name === 'chromium') {
    const dir = options.withoutExtension ? undefined : (options.extensionDir ?? findBuild(name));
    const launch: LaunchOptions = {
      executablePath,
      headless,
      pipe: true,
      enableExtensions: dir ? [dir] : false,
      // Chromium's colour scheme is emulated per page (Page.emulateMediaFeatures), not set at launch.
      args: chromiumArgs(options.proxyPort ?? DEAD_PROXY.port),
      defaultViewport: { width: 1280, height: 900 },
      ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    };
    const browser = await puppeteer.launch(launch);
    if (!dir) return { browser, name, extensionOrigin: '' };
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
      timeout: 20_000,
    });
    // URL.origin is 'null' for non-special schemes such as chrome-extension:.
    const [, id] = /^chrome-extension:\/\/([^/]+)/.exec(worker.url())!;
    if (!options.keepWelcomeTab) await closeWelcomeTab(browser);
    return { browser, name, extensionOrigin: `chrome-extension://${id}` };
  }
  const dir = options.withoutExtension ? undefined : findBuild(name);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Needed to navigate to the extension's own pages (moz-extension://).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': DEAD_PROXY.host,
      'network.proxy.http_port': options.proxyPort ?? DEAD_PROXY.port,
      'network.proxy.ssl': DEAD_PROXY.host,
      'network.proxy.ssl_port': options.proxyPort ?? DEAD_PROXY.port,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      'network.proxy.allow_hijacking_localhost': false,
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      ...(options.profileDir ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
      ...options.firefoxPrefs,
    },
  });
  if (dir) {
    await browser.installExtension(dir);
    if (!options.keepWelcomeTab) await closeWelcomeTab(browser);
  }
  return { browser, name, extensionOrigin: dir ? `moz-extension://${FIREFOX_UUID}` : '' };
}
