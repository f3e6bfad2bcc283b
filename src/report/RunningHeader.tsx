/**
 * "Vertrouwelijk", the date and the page number on every printed page. Chromium (131+) draws them
 * in the page margins with @page margin boxes. Browsers without margin boxes get a fixed header and
 * footer in print, which they repeat on every page.
 */
import { useEffect } from 'preact/hooks';
import { report as t } from '../text/report';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** The @page rules with the running texts; the date and name differ per report. */
export function pageRules(date: string, name: string): string {
  const left = cssString(`${t.confidential} · ${t.appName}`);
  const right = cssString(name.trim() ? `${name.trim()} · ${date}` : date);
  const page = `${cssString(`${t.pageWord} `)} counter(page) ${cssString(` ${t.pageOfWord} `)} counter(pages)`;
  const box = 'font: 8.5pt system-ui, sans-serif; color: #444;';
  return [
    '@page {',
    `  @top-left { content: ${left}; ${box} font-weight: 700; }`,
    `  @top-right { content: ${right}; ${box} }`,
    `  @bottom-right { content: ${page}; ${box} }`,
    `  @bottom-left { content: ${left}; ${box} }`,
    '}',
    // The cover carries these itself.
    '@page :first { @top-left { content: none; } @top-right { content: none; } }',
  ].join('\n');
}

export function supportsMarginBoxes(): boolean {
  return typeof window !== 'undefined' && 'CSSMarginRule' in window;
}

/**
 * The page rules go in through a constructed style sheet: the app's Content-Security-Policy
 * (style-src 'self') blocks a <style> element, but not the CSS object model.
 */
function usePageRules(rules: string) {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(rules);
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [rules]);
}

export function RunningHeader({ date, name }: { date: string; name: string }) {
  const marginBoxes = supportsMarginBoxes();
  usePageRules(pageRules(date, name));
  return (
    <>
      {!marginBoxes && (
        <div class="running-fallback print-only" aria-hidden="true">
          <span class="running-fallback__top">
            <strong>{t.confidential}</strong> · {t.appName} · {date}
          </span>
        </div>
      )}
    </>
  );
}
