import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  DEEP_LINK_CLASS,
  deepLinkPreloadScript,
  QUESTIONNAIRE_CACHE,
  SW_QUESTIONNAIRES_FILE,
  WEB_MANIFEST,
  WORKBOX_OPTIONS,
} from '../../../src/pwa/build-config';

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((part) => {
      const [name, ...values] = part.split(' ');
      return [name, values.join(' ')] as const;
    }),
  );

  it('allows only the app itself to run code, style, connect and start workers', () => {
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src', 'worker-src', 'manifest-src']) {
      expect(directives.get(name), name).toBe("'self'");
    }
  });

  it('lets printed charts be images from data: and blob: URLs, nothing else from outside', () => {
    expect(directives.get('img-src')).toBe("'self' data: blob:");
  });

  it('blocks plugins, form posts and base-URL tricks', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
  });

  it('never allows inline code or eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('allows an inline script of the build only by its exact hash, and nothing else changes', () => {
    const policy = contentSecurityPolicy(['sha256-abc=']);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy.replace(" 'sha256-abc='", '')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('deep-link preload script', () => {
  const preloads = [
    { hash: /^#\/./, files: ['./assets/services-1.js', './assets/screens-2.js'] },
    { hash: /^#\/rapport\//, files: ['./assets/ReportScreen-3.js'] },
  ];

  /** Runs the script as index.html would, with a stand-in document; returns what it did. */
  function runAt(hash: string) {
    const links: { rel: string; href: string }[] = [];
    const classes: string[] = [];
    const document = {
      documentElement: { classList: { add: (name: string) => classes.push(name) } },
      createElement: () => ({ rel: '', href: '' }),
      head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
    };
    new Function('location', 'document', deepLinkPreloadScript(preloads))({ hash }, document);
    return { links, classes };
  }

  it('asks for nothing on the start screen, which needs only the first-screen code', () => {
    for (const hash of ['', '#', '#/']) expect(runAt(hash), hash).toEqual({ links: [], classes: [] });
  });

  it('asks for the screens and storage at once when opened at a scan step', () => {
    expect(runAt('#/scan/4f1c/3')).toEqual({
      links: [
        { rel: 'modulepreload', href: './assets/services-1.js' },
        { rel: 'modulepreload', href: './assets/screens-2.js' },
      ],
      classes: [DEEP_LINK_CLASS],
    });
  });

  it('asks for the report code as well when opened at a report', () => {
    expect(runAt('#/rapport/4f1c').links.map((link) => link.href)).toEqual([
      './assets/services-1.js',
      './assets/screens-2.js',
      './assets/ReportScreen-3.js',
    ]);
  });
});

describe('web app manifest', () => {
  it('is Dutch and relative, so it works in any sub-folder', () => {
    expect(WEB_MANIFEST).toMatchObject({ name: 'Morgenscan', lang: 'nl', start_url: '.', scope: '.' });
    expect(WEB_MANIFEST.display).toBe('standalone');
    for (const icon of WEB_MANIFEST.icons) expect(icon.src).not.toMatch(/^\/|:\/\//);
  });

  it('has 192 and 512 pixel icons and a maskable one, and every file exists', () => {
    expect(WEB_MANIFEST.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of WEB_MANIFEST.icons) {
      const png = readFileSync(`public/${icon.src}`);
      const [width, height] = icon.sizes.split('x').map(Number);
      // PNG header: width and height are the big-endian words at byte 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
    }
  });
});

describe('service worker caching', () => {
  const route = WORKBOX_OPTIONS.runtimeCaching[0]!;
  const matches = (href: string) =>
    route.urlPattern({ url: new URL(href), sameOrigin: new URL(href).origin === 'https://intranet.example' });

  it('sends questionnaires (and their index) to the network first, at the root or in a sub-folder', () => {
    expect(route.handler).toBe('NetworkFirst');
    expect(matches('https://intranet.example/questionnaires/index.json')).toBe(true);
    expect(matches('https://intranet.example/intranet/hr/morgenscan/questionnaires/groeimindset.json')).toBe(true);
    expect(matches('https://intranet.example/intranet/hr/morgenscan/questionnaires/burgerzaken.json?v=2')).toBe(true);
  });

  it('leaves other files and other origins alone', () => {
    expect(matches('https://intranet.example/assets/main-abc123.js')).toBe(false);
    expect(matches('https://intranet.example/questionnaires/readme.txt')).toBe(false);
    expect(matches('https://elders.example/questionnaires/index.json')).toBe(false);
  });

  it('keeps questionnaires out of the precache, so an edited file on the host is used', () => {
    expect(WORKBOX_OPTIONS.globIgnores).toContain('questionnaires/**');
  });

  it('fills the same cache at install that the network-first route reads', () => {
    const script = readFileSync(`src/pwa/${SW_QUESTIONNAIRES_FILE}`, 'utf8');
    expect(script).toContain(`const QUESTIONNAIRE_CACHE = '${QUESTIONNAIRE_CACHE}';`);
    expect(route.options.cacheName).toBe(QUESTIONNAIRE_CACHE);
    expect(WORKBOX_OPTIONS.importScripts).toEqual([SW_QUESTIONNAIRES_FILE]);
  });
});
