import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoad, htmlReferences, staticImports } from '../../../bench/first-load';

describe('first-load discovery', () => {
  it('finds module scripts, module preloads and stylesheets in index.html', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/main-a1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
      <link rel="stylesheet" crossorigin href="./assets/main-c3.css">
      <link rel="icon" href="./icons/icon.svg">
      <link rel="manifest" href="./manifest.webmanifest">
    </head>`;
    expect(htmlReferences(html)).toEqual({
      scripts: ['./assets/main-a1.js', './assets/vendor-b2.js'],
      styles: ['./assets/main-c3.css'],
    });
  });

  it('follows static imports but not dynamic import()', () => {
    const code =
      'import{a as e}from"./chunk-1.js";import"./side-2.js";export{b}from"./re-3.js";' +
      'const r=()=>import("./report-4.js");__vitePreload(()=>import("./zod-5.js"),["./zod-5.js"]);';
    expect(staticImports(code)).toEqual(['./chunk-1.js', './side-2.js', './re-3.js']);
  });

  describe('on a built folder', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('counts the entry, its static imports (transitively) and the CSS, not the lazy chunk', () => {
      dir = mkdtempSync(join(tmpdir(), 'first-load-'));
      mkdirSync(join(dir, 'assets'));
      writeFileSync(
        join(dir, 'index.html'),
        '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/main.css">',
      );
      writeFileSync(join(dir, 'assets/main.js'), 'import"./a.js";const l=()=>import("./lazy.js");');
      writeFileSync(join(dir, 'assets/a.js'), 'import{x}from"./b.js";export const y=x;');
      writeFileSync(join(dir, 'assets/b.js'), 'export const x=1;');
      writeFileSync(join(dir, 'assets/lazy.js'), 'export default 2;');
      writeFileSync(join(dir, 'assets/main.css'), 'body{margin:0}');
      const load = firstLoad(dir);
      expect(load.js.map((f) => f.path)).toEqual(['assets/a.js', 'assets/b.js', 'assets/main.js']);
      expect(load.css.map((f) => f.path)).toEqual(['assets/main.css']);
      // "export const x=1;" is 17 bytes.
      expect(load.js.find((f) => f.path === 'assets/b.js')?.raw).toBe(17);
    });
  });
});
