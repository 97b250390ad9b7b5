import { logPreviewParts } from './logPreviewParts';

/**
 * Preview only, never printed: an entry scrolled out of sight is neither laid out nor painted, and
 * keeps its last drawn height (`auto`), so a month of hundreds of entries costs what the few on
 * screen cost. It stays in the accessibility tree, find in page and the tab order, unlike hidden.
 */
const PREVIEW_ONLY_CSS = '.entry { content-visibility: auto; contain-intrinsic-size: auto 24rem; }';

export interface PreviewDrawing {
  /**
   * The element with this id, once drawn: the entries before it are drawn first (a contents link to
   * an entry not drawn yet waits for it). Null if the preview has no such element.
   */
  find(id: string): Promise<Element | null>;
  /** Resolves when every entry is drawn, or the drawing was stopped. */
  finished: Promise<void>;
  /** Stops drawing: a newer preview replaces this one. */
  stop(): void;
}

export interface DrawOptions {
  /** Milliseconds of parsing per turn; the page's layout and paint follow in the same frame. */
  budgetMs?: number;
  /** Waits between turns, so the page paints and answers input; tests pass a plain microtask. */
  nextTurn?: () => Promise<void>;
}

/**
 * The document's styles and body become the shadow root's content. Parsed once and the nodes moved
 * in: writing the body out as text and parsing it again into the root doubled the cost (issue 13).
 */
function drawPage(root: ShadowRoot, html: string, extraCss: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const styles: Node[] = [...doc.head.querySelectorAll('style')];
  if (extraCss) {
    const extra = document.createElement('style');
    extra.textContent = extraCss;
    styles.push(extra);
  }
  const page = document.createElement('div');
  page.className = 'log-preview-page';
  page.append(...doc.body.childNodes);
  root.replaceChildren(...styles, page);
}

/**
 * After the next frame is painted; in a hidden window (no frames) after a short wait instead, so the
 * drawing still finishes.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });
}

/**
 * Draws `html` into `root`: a log's title, contents list and note at once, its entries a budget's
 * worth a turn from the next (issue 13: the longest task while a month is previewed stays under 50 ms).
 * Any other document (a letter) is small and drawn whole.
 */
export function drawPreview(root: ShadowRoot, html: string, { budgetMs = 8, nextTurn = afterNextPaint }: DrawOptions = {}): PreviewDrawing {
  const parts = logPreviewParts(html);
  const scroller = root.host;
  const keepScrollTop = scroller.scrollTop;
  drawPage(root, parts ? parts.frame : html, parts ? PREVIEW_ONLY_CSS : '');
  if (!parts) return { find: (id) => Promise.resolve(root.getElementById(id)), finished: Promise.resolve(), stop: () => {} };

  const main = root.querySelector('main') ?? root.querySelector('.log-preview-page')!;
  const template = document.createElement('template');
  const waiting: { id: string; resolve: (el: Element | null) => void }[] = [];
  let next = 0;
  let stopped = false;
  let restoreScroll = keepScrollTop > 0;
  // A first guess at one entry's parse; each batch measures it again on this machine.
  let msPerEntry = 0.5;

  const answerWaiting = (finished: boolean) => {
    for (let i = waiting.length - 1; i >= 0; i--) {
      const el = root.getElementById(waiting[i]!.id);
      if (el || finished) waiting.splice(i, 1)[0]!.resolve(el);
    }
  };

  const drawTurn = () => {
    const start = performance.now();
    do {
      const count = Math.max(1, Math.min(50, Math.floor((budgetMs - (performance.now() - start)) / msPerEntry)));
      const batchStart = performance.now();
      // One parse per batch: the template's inert document, then moved into the preview in one append.
      template.innerHTML = parts.entries.slice(next, next + count).join('');
      main.append(template.content);
      next += count;
      msPerEntry = Math.max(0.02, (performance.now() - batchStart) / count);
    } while (next < parts.entries.length && performance.now() - start < budgetMs);
    // A redrawn month (an entry moved, a title edited) opens where the officer was reading, once
    // enough is drawn to scroll there.
    if (restoreScroll && scroller.scrollHeight - scroller.clientHeight >= keepScrollTop) {
      scroller.scrollTop = keepScrollTop;
      restoreScroll = false;
    }
    answerWaiting(false);
  };

  // The entries start on the next turn: the title and contents are drawn in the task that asked for
  // the preview (React's commit of the whole screen), which should not also parse the first entries.
  const finished = (async () => {
    while (next < parts.entries.length) {
      await nextTurn();
      if (stopped) break;
      drawTurn();
    }
    answerWaiting(true);
  })();

  return {
    find(id) {
      const el = root.getElementById(id);
      if (el || next >= parts.entries.length || stopped) return Promise.resolve(el);
      return new Promise((resolve) => waiting.push({ id, resolve }));
    },
    finished,
    stop() {
      stopped = true;
      answerWaiting(true);
    },
  };
}
