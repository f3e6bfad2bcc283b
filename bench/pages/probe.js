// Page-side probe of the benchmark, injected as a Playwright init script: it runs in every page
// before any of the page's own scripts, so all timestamps come from the page's own clock
// (performance.now(), 0 = start of the navigation) and no round trip to Node is in a number.
//
// It records:
// - when a target is "visible and usable": in the DOM, with a box on screen, not disabled, and
//   either a link or an element that has (or sits inside an element that has) an input/click
//   listener. A prerendered button that is not hydrated yet is visible but not usable.
//   `ready` is the first moment this holds, `painted` the end of the frame after it.
// - every click (capture listener on window, the first to see it) and every write to the watched
//   IndexedDB store, with the moment its transaction completed (the data is then on disk).
(() => {
  const listenTypes = new Set(['click', 'change', 'input', 'pointerdown', 'pointerup', 'mousedown', 'keydown']);
  const listened = new WeakSet();
  const nativeAdd = EventTarget.prototype.addEventListener;
  const bench = {
    spec: globalThis.__benchSpec ?? null,
    armedAt: 0,
    ready: null,
    painted: null,
    detail: null,
    clicks: [],
    writes: [],
    arm(spec, armedAt) {
      bench.spec = spec;
      bench.armedAt = armedAt ?? performance.now();
      bench.ready = null;
      bench.painted = null;
      bench.detail = null;
      schedule();
    },
  };
  globalThis.__bench = bench;
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent by page.evaluate need it.
  globalThis.__name ??= (fn) => fn;

  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listenTypes.has(type) && this instanceof Node) {
      listened.add(this);
      schedule();
    }
    return nativeAdd.call(this, type, listener, options);
  };

  nativeAdd.call(window, 'click', () => bench.clicks.push(performance.now()), true);

  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      const request = original.apply(this, args);
      if (bench.spec?.store && this.name === bench.spec.store) {
        const started = performance.now();
        nativeAdd.call(this.transaction, 'complete', () => bench.writes.push({ started, done: performance.now() }));
      }
      return request;
    };
  }

  function visibleBox(el) {
    let box = el;
    if (el instanceof HTMLInputElement) {
      const own = el.getBoundingClientRect();
      // Custom-styled radios hide the input itself; the label is what a user sees and clicks.
      if (own.width < 2 || own.height < 2 || getComputedStyle(el).opacity === '0')
        box = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null) ?? el;
    }
    const rect = box.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return null;
    if (getComputedStyle(box).visibility === 'hidden') return null;
    return rect;
  }

  function usable(el) {
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') return false;
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) return true;
    for (let node = el; node && node !== document.body && node !== document.documentElement; node = node.parentNode) {
      if (listened.has(node) || node.onclick || node.onchange || node.oninput) return true;
    }
    return false;
  }

  function findTarget(spec) {
    if (spec.bodyText && !(document.body?.textContent ?? '').includes(spec.bodyText)) return null;
    const pattern = spec.text ? new RegExp(spec.text) : null;
    const all = document.querySelectorAll(spec.selector);
    if (spec.min && all.length < spec.min) return null;
    const pick = spec.min ? [all[all.length - 1]] : all;
    for (const el of pick) {
      if (pattern && !pattern.test((el.textContent ?? '').trim())) continue;
      return el;
    }
    return null;
  }

  function canvasDrawn(canvas) {
    if (canvas.width === 0 || canvas.height === 0) return false;
    const context = canvas.getContext('2d');
    if (!context) return false;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  }

  function holds(spec, fromFrame) {
    if (spec.kind === 'report') {
      // Chart drawing changes no DOM, so charts are checked once per frame.
      if (!fromFrame) return null;
      const heading = document.querySelector(spec.selector);
      if (!heading || !visibleBox(heading)) return null;
      const canvases = [...document.querySelectorAll('canvas')];
      if (canvases.length < (spec.canvases ?? 0)) return null;
      if (!canvases.every(canvasDrawn)) return null;
      return { canvases: canvases.length };
    }
    const el = findTarget(spec);
    if (!el || !usable(el)) return null;
    const rect = visibleBox(el);
    if (!rect) return null;
    return { tag: el.tagName.toLowerCase(), inViewport: rect.top < innerHeight && rect.bottom > 0 };
  }

  function check(fromFrame) {
    if (!bench.spec?.kind || bench.ready !== null) return;
    const found = holds(bench.spec, fromFrame);
    if (!found) return;
    bench.ready = performance.now();
    bench.detail = found;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
      };
      channel.port2.postMessage(0);
    });
  }

  let queued = false;
  function schedule() {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      check(false);
    });
  }

  // Only what can make a target appear, show or become enabled: fewer records, less overhead.
  new MutationObserver(schedule).observe(document, {
    childList: true,
    subtree: true,
    attributeFilter: ['disabled', 'hidden', 'class', 'style', 'aria-disabled', 'open'],
  });
  const frame = () => {
    check(true);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', schedule);
})();
