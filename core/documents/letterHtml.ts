import { escapeHtml } from '../editor/toHtml';
import { answerHtml } from './answerHtml';
import { CLOSING_HEADING, type LetterLogo, type ResponseLetter } from './letterModel';
import { DRAFT_HEADER, draftCss, printCss } from './printCss';
import { responseHtml } from './responseHtml';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function logoHtml(logo: LetterLogo): string {
  const mime = logo.type === 'png' ? 'image/png' : 'image/jpeg';
  return `<img src="data:${mime};base64,${base64(logo.bytes)}" alt="${escapeHtml(logo.alt)}" width="${logo.width}" height="${logo.height}">`;
}

export interface LetterHtmlOptions {
  /** A draft for sign-off: a DRAFT watermark and "DRAFT — not for sending" on every page. */
  draft?: boolean;
}

/** The response letter as one standalone HTML document, printed to PDF like the log. */
export function letterHtml(letter: ResponseLetter, options: LetterHtmlOptions = {}): string {
  const draft = options.draft === true;
  const br = (ls: string[]) => ls.map(escapeHtml).join('<br>');
  const attachments = letter.attachments.length
    ? `<h2>Attachments</h2><ul>${letter.attachments.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>`
    : '';
  // The closing section: the letter's own, printed after the answers and never in the log.
  const closing = letter.closing.length ? `<h2>${CLOSING_HEADING}</h2><div class="closing">${letter.closing.map(answerHtml).join('')}</div>` : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${letter.title} (reference ${letter.ref})`)}</title>
<meta name="author" content="${escapeHtml(letter.organisationName)}">
<style>${printCss(`${draft ? `${DRAFT_HEADER} · ` : ''}${letter.organisationName}: reference ${letter.ref}`)}${draft ? draftCss() : ''}</style>
</head>
<body class="letter${draft ? ' draft' : ''}">
${draft ? '<div class="draft-watermark" aria-hidden="true">DRAFT</div>' : ''}
<main>
${draft ? `<p class="draft-banner">${DRAFT_HEADER}</p>` : ''}
<div class="letterhead">
<div>${letter.logo ? logoHtml(letter.logo) : ''}</div>
<div class="org">
<p class="org-name">${escapeHtml(letter.organisationName)}</p>
${letter.organisationLines.length ? `<p>${br(letter.organisationLines)}</p>` : ''}
${letter.contactEmail ? `<p>Email: <a href="mailto:${escapeHtml(letter.contactEmail)}">${escapeHtml(letter.contactEmail)}</a></p>` : ''}
</div>
</div>
${letter.addressee.length ? `<p class="addressee">${br(letter.addressee)}</p>` : ''}
<div class="meta">
<p>Date: ${escapeHtml(letter.date)}</p>
<p>Our reference: ${escapeHtml(letter.ref)}</p>
</div>
<p class="addressee">${escapeHtml(letter.salutation)}</p>
<h1>${escapeHtml(letter.title)}</h1>
${letter.opening.map((p) => `<p class="opening">${escapeHtml(p)}</p>`).join('\n')}
<h2>Our response</h2>
${responseHtml(letter.response, 3)}
${attachments}
${closing}
<p class="sign-off">${escapeHtml(letter.valediction)}</p>
<p>${br(letter.signature)}</p>
</main>
</body>
</html>
`;
}
