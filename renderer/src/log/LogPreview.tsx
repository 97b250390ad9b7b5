import { useEffect, useRef } from 'react';
import { drawPreview } from './drawPreview';

/**
 * Shows the log's own HTML, the document the HTML export writes and the PDF is held to word for word
 * (electron/services/pdf/logPdf.test.ts), inside a shadow root so its print styles cannot touch the
 * app and the app's cannot touch it. The HTML comes from core/documents, which escapes every piece
 * of case text.
 *
 * A month's entries are drawn a few at a time (drawPreview.ts); until the last is drawn the preview
 * is marked busy, so a screen reader waits for the whole document rather than reading half of it.
 */
export function LogPreview({ html, title }: { html: string; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    el.setAttribute('aria-busy', 'true');
    const drawing = drawPreview(root, html);
    let current = true;
    void drawing.finished.then(() => current && el.removeAttribute('aria-busy'));
    // In-page links (contents, "Back to top") scroll within the preview; a link to an entry not drawn
    // yet waits for it. The reading point moves there too, as following a link in a page does.
    const onClick = (e: Event) => {
      const a = (e.target as Element).closest?.('a[href^="#"]');
      if (!a) return;
      e.preventDefault();
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      void drawing.find(id).then((target) => {
        if (!target || !current) return;
        target.scrollIntoView({ block: 'start' });
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        (target as HTMLElement).focus({ preventScroll: true });
      });
    };
    root.addEventListener('click', onClick);
    return () => {
      current = false;
      drawing.stop();
      root.removeEventListener('click', onClick);
    };
  }, [html]);
  return <div className="log-preview" ref={host} role="document" aria-label={title} tabIndex={0} />;
}
