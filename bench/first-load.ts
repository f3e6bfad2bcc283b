/**
 * What the first screen loads before any dynamic import(): index.html, the scripts and styles it
 * references, and every chunk the entry reaches through static `import … from "./x.js"`.
 * Read from the built files, so it is the same on every machine (the bundle-size test uses it too).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  html: BuiltFile;
  js: BuiltFile[];
  css: BuiltFile[];
}

/** Gzip level 9, as Vite's build report uses. */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

export function builtFile(distDir: string, path: string): BuiltFile {
  const content = readFileSync(join(distDir, path));
  return { path, raw: content.length, gzip: gzipSize(content) };
}

/** Local URLs only: an absolute or protocol-relative URL is not part of the bundle. */
function localPath(from: string, url: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const joined = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from), clean);
  return posix.normalize(joined);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** Scripts (module or classic, with src), module preloads and stylesheets named in the HTML. */
export function htmlReferences(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(match[0], 'src');
    if (src) scripts.push(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(match[0], 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(match[0], 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(href);
    else if (rel.includes('stylesheet')) styles.push(href);
  }
  return { scripts, styles };
}

/**
 * Static imports of a (minified) ES module: `import … from "./x.js"`, `export … from "./x.js"` and
 * `import "./x.js"`. A dynamic `import("./x.js")` has a parenthesis and does not match.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\b(?:from|import)\s*(["'])(\.{1,2}\/[^"']+)\1/g)) {
    if (match[2]) found.push(match[2]);
  }
  return found;
}

export function firstLoad(distDir: string): FirstLoad {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = htmlReferences(html);
  const js = new Set<string>();
  const pending = refs.scripts.map((src) => localPath('index.html', src)).filter((p): p is string => p !== null);
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (js.has(path)) continue;
    js.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const spec of staticImports(code)) {
      const next = localPath(path, spec);
      if (next) pending.push(next);
    }
  }
  const css = refs.styles.map((href) => localPath('index.html', href)).filter((p): p is string => p !== null);
  return {
    html: builtFile(distDir, 'index.html'),
    js: [...js].sort().map((path) => builtFile(distDir, path)),
    css: css.map((path) => builtFile(distDir, path)),
  };
}

/** The module preloads the inline deep-link script of index.html adds for `hash` (src/pwa/build-config.ts). */
export function deepLinkPreloads(html: string, hash: string): string[] {
  const files: string[] = [];
  for (const match of html.matchAll(/\[\/((?:\\\/|[^/\n])*)\/,(\[[^\]]*\])\]/g)) {
    if (!match[1] || !match[2]) continue;
    if (new RegExp(match[1]).test(hash)) files.push(...(JSON.parse(match[2]) as string[]));
  }
  return files;
}

/**
 * What a deep link to `hash` loads before its first screen: the first load, the deep-link
 * preloads for that address, and every chunk those reach through static imports.
 */
export function deepLinkLoad(distDir: string, hash: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const js = new Set(firstLoad(distDir).js.map((f) => f.path));
  const pending = deepLinkPreloads(html, hash)
    .map((src) => localPath('index.html', src))
    .filter((p): p is string => p !== null);
  while (pending.length > 0) {
    const path = pending.pop() as string;
    if (js.has(path)) continue;
    js.add(path);
    for (const spec of staticImports(readFileSync(join(distDir, path), 'utf8'))) {
      const next = localPath(path, spec);
      if (next) pending.push(next);
    }
  }
  return [...js].sort();
}

export function total(files: readonly BuiltFile[]): { raw: number; gzip: number } {
  return files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

/** A string that is in Chart.js's code and survives minification (an error message it throws). */
export const CHART_JS_MARKER = 'Failed to create chart';

/** A string that survives minification in every bundle that contains zod 4's core. */
export const ZOD_MARKER = '$ZodType';

/** First-screen budget: JS + CSS, gzip, in kB of 1000 bytes as Vite's build report prints them. */
export const FIRST_SCREEN_BUDGET_GZIP = 48_000;
