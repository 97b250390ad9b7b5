import { useEffect, useRef } from 'react';

/**
 * Shows the log's own HTML, the same document that is printed to PDF, inside a shadow root so its
 * print styles cannot touch the app and the app's cannot touch it. The HTML comes from core/documents,
 * which escapes every piece of case text.
 */
export function LogPreview({ html, title }: { html: string; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const styles = [...doc.querySelectorAll('style')].map((s) => s.outerHTML).join('');
    root.innerHTML = `${styles}<div class="log-preview-page">${doc.body.innerHTML}</div>`;
    // In-page links (contents, "Back to top") scroll within the preview.
    const onClick = (e: Event) => {
      const a = (e.target as Element).closest?.('a[href^="#"]');
      if (!a) return;
      e.preventDefault();
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      root.getElementById(id)?.scrollIntoView({ block: 'start' });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [html]);
  return <div className="log-preview" ref={host} role="document" aria-label={title} tabIndex={0} />;
}
