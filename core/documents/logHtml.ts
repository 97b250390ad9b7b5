import { escapeHtml } from '../editor/toHtml';
import { TOP_ANCHOR, type LogEntry, type LogMonth } from './logModel';
import { printCss } from './printCss';
import { requestHtml, responseHtml } from './responseHtml';

function entryHtml(entry: LogEntry): string {
  const attachments = entry.attachments.length
    ? `<h3>Attachments</h3><ul>${entry.attachments.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` +
      `<p>To ask for a copy of an attachment, quote reference ${escapeHtml(entry.ref)}.</p>`
    : '';
  return `<section class="entry" aria-labelledby="${entry.anchor}">
<h2 id="${entry.anchor}">${escapeHtml(entry.title)}</h2>
<p class="ref">Reference: ${escapeHtml(entry.ref)}</p>
<h3>Request</h3>
${requestHtml(entry.request)}
<h3>Response</h3>
${responseHtml(entry.response, 4)}
${attachments}
<p class="back"><a href="#${TOP_ANCHOR}">Back to top</a></p>
</section>`;
}

/**
 * The month's log as one standalone HTML document: the preview shows it and the HTML export writes
 * it; the PDF writer (electron/services/pdf/logPdf.ts) lays out the same model with the same
 * structure, and its tests hold it to this document word for word. Built for WCAG 2.2 AA:
 * language, title, headings in order, a linked contents list, scoped table headers.
 */
export function logHtml(log: LogMonth): string {
  const contents = log.entries.length
    ? `<nav class="contents" aria-label="Contents">
<p>${escapeHtml(log.introduction)}</p>
<ul>
${log.entries.map((e) => `<li><a href="#${e.anchor}">${escapeHtml(e.title)}</a></li>`).join('\n')}
</ul>
</nav>
<p class="note">${escapeHtml(log.attachmentsNote)}</p>`
    : `<p>No responses sent in ${escapeHtml(log.monthName)} are marked for publishing.</p>`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${log.title}, ${log.organisationName}`)}</title>
<meta name="author" content="${escapeHtml(log.organisationName)}">
<meta name="description" content="${escapeHtml(`Responses to freedom of information requests sent by ${log.organisationName} in ${log.monthName}.`)}">
<style>${printCss(`${log.organisationName}: ${log.title}`)}</style>
</head>
<body>
<main>
<h1 id="${TOP_ANCHOR}">${escapeHtml(log.title)}</h1>
<p class="publisher">${escapeHtml(log.organisationName)}</p>
${contents}
${log.entries.map(entryHtml).join('\n')}
</main>
</body>
</html>
`;
}
