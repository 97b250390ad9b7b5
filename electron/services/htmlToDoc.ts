import type { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import type { RichNode } from '../../core/model';

/**
 * HTML (from a bundle, or pasted from Word/Outlook) -> the editor's JSON, parsed by the editor's own
 * schema so anything it cannot hold (styles, scripts, images) simply does not survive.
 *
 * One server-side DOM window, one schema and one parser serve every conversion. TipTap's own
 * generateJSON builds all three per call: an import of 2,500 cases × 10 answers held a window per
 * answer until the batch ended (0.45 MB each) and ran out of heap. The DOM package takes about a second
 * to load, so it is loaded only when first used (`desk deadline` should not pay for it), and TipTap
 * with it (the bundle and log commands import this file, and only an import converts HTML); after
 * `loadHtmlToDoc` resolves, `htmlToDocSync` converts without awaiting, so a whole import can be
 * converted case by case inside a loop that also reports progress.
 */
interface Converter {
  container: { innerHTML: string };
  parser: ProseMirrorParser;
}

let converter: Converter | null = null;
let loading: Promise<Converter> | null = null;

export function loadHtmlToDoc(): Promise<void> {
  loading ??= Promise.all([
    import('happy-dom'),
    import('@tiptap/core'),
    import('@tiptap/pm/model'),
    import('../../core/editor/extensions'),
  ]).then(([dom, { getSchema }, { DOMParser }, { answerExtensions }]) => {
    const window = new dom.Window({
      settings: {
        // The HTML is untrusted: nothing in it may run or fetch anything.
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
        navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
      },
    });
    converter = {
      container: window.document.createElement('div') as unknown as Converter['container'],
      parser: DOMParser.fromSchema(getSchema(answerExtensions())),
    };
    return converter;
  });
  return loading.then(() => undefined);
}

/** Converts once `loadHtmlToDoc` has resolved; throws if called before. */
export function htmlToDocSync(html: string): RichNode {
  if (!converter) throw new Error('htmlToDocSync called before loadHtmlToDoc');
  const { container, parser } = converter;
  container.innerHTML = html.trim() === '' ? '<p></p>' : html;
  try {
    return parser.parse(container as unknown as Node).toJSON() as RichNode;
  } finally {
    // Let the parsed tree go now, not when the next answer replaces it.
    container.innerHTML = '';
  }
}

export async function htmlToDoc(html: string): Promise<RichNode> {
  await loadHtmlToDoc();
  return htmlToDocSync(html);
}
