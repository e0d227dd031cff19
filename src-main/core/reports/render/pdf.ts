/**
 * PDF output. The renderer knows only the `PdfPrinter` interface: HTML in, PDF bytes out. Two printers
 * exist: the local Chromium below (CLI, browser door, tests) and Electron's webContents.printToPDF (in the
 * app, added in src-main/electron). Both must honour the page rules the HTML carries in CSS (@page size,
 * margins and the page-number margin boxes), so the same HTML gives the same pages everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export interface PdfPrinter {
  /**
   * Prints a self-contained HTML document (from renderHtml) to PDF. Implementations must:
   * - take page size and margins from the CSS (Chromium: preferCSSPageSize true, no margins of their own);
   * - not draw their own header or footer (displayHeaderFooter false): the CSS prints the page numbers;
   * - print backgrounds (chart fills), and load nothing from the network.
   * Electron: `webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })` on a hidden
   * window that loaded the HTML.
   */
  printPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Flags for a headless Chromium that prints and does nothing else: no GPU, no network chatter, no profile setup. */
export const CHROMIUM_PRINT_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];
/** Where Windows installs Edge (always present on Windows 10/11) and Chrome, for offices without Chromium on PATH. */
const WINDOWS_INSTALLS = [
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export interface FindChromiumOptions {
  /** --chromium given on the command line: used as is, and an error if it does not exist. */
  explicit?: string;
  env?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
}

/**
 * The Chromium to print with: the explicit path, else KTTT_CHROMIUM, else the first Chromium-family browser
 * found on PATH (then Edge/Chrome's usual Windows folders). Never a browser downloaded by a tool.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const given = options.explicit ?? env.KTTT_CHROMIUM;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`Không tìm thấy Chromium tại "${given}".`);
    return given;
  }
  const suffix = platform === 'win32' ? '.exe' : '';
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter((d) => d !== '');
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name + suffix);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  if (platform === 'win32') {
    const found = WINDOWS_INSTALLS.find((p) => fs.existsSync(p));
    if (found) return found;
  }
  throw new Error(
    'Không tìm thấy Chromium để in PDF. Cài Chromium (hoặc Chrome/Edge), hoặc chỉ đường dẫn bằng --chromium hay biến môi trường KTTT_CHROMIUM.',
  );
}

/** Prints with a local Chromium driven by playwright-core. One browser serves many prints; close it after. */
export class ChromiumPdfPrinter implements PdfPrinter {
  private readonly browser: Browser;
  private constructor(browser: Browser) {
    this.browser = browser;
  }

  static async launch(options: FindChromiumOptions & { timeoutMs?: number } = {}): Promise<ChromiumPdfPrinter> {
    // Loaded on demand: the Electron app prints with printToPDF and must not need playwright-core at all.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: findChromium(options),
      args: [...CHROMIUM_PRINT_FLAGS],
      headless: true,
      timeout: options.timeoutMs ?? 30_000,
    });
    return new ChromiumPdfPrinter(browser);
  }

  async printPdf(html: string): Promise<Uint8Array> {
    // Reports never need script or network: turning both off means a name typed as markup can do nothing.
    const context = await this.browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      // Laying out a long annex takes Chromium about 30 s per 10 MB of HTML on two busy cores: the wait grows
      // with the document instead of Playwright's 30 s, which a 50,000-row list exceeds.
      await page.setContent(html, { waitUntil: 'load', timeout: 30_000 + Math.ceil(html.length / 1_000_000) * 15_000 });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/**
 * A printer whose Chromium starts now and is waited for only when it prints: a report's data are read
 * meanwhile, and Chromium starts up in its own processes on the other core instead of after them.
 * A failed start is reported by printPdf; close() closes whatever did start, and never throws.
 */
export function launchingPrinter(options: FindChromiumOptions = {}): PdfPrinter {
  const launching = ChromiumPdfPrinter.launch(options);
  // Handled here so a report that fails before printing leaves no unhandled rejection behind.
  launching.catch(() => undefined);
  return {
    printPdf: async (html) => (await launching).printPdf(html),
    // Closing never fails the report it served: the PDF is made, or the refusal already given.
    close: async () => {
      const printer = await launching.catch(() => undefined);
      await printer?.close().catch(() => undefined);
    },
  };
}

/** One-shot print: launches Chromium, prints, closes it. */
export async function printPdfWithChromium(html: string, options: FindChromiumOptions = {}): Promise<Uint8Array> {
  const printer = await ChromiumPdfPrinter.launch(options);
  try {
    return await printer.printPdf(html);
  } finally {
    await printer.close();
  }
}
