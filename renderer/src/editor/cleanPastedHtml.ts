import { rebuildWordLists } from './wordLists';

/**
 * Word and Outlook paste HTML full of conditional comments, XML islands and mso- styles. The
 * editor's schema already drops what it cannot hold; this removes the noise first so stray text
 * from those blocks (and anything script-like) never lands in an answer. Word's list paragraphs
 * are turned into real lists first, while their classes and mso-list styles still say what they are.
 */
export function cleanPastedHtml(html: string): string {
  return stripWordNoise(rebuildWordLists(html));
}

function stripWordNoise(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[(?:end)?if[^\]]*\]>/gi, '')
    .replace(/<(script|style|xml|meta|link|title|o:[a-z]+)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(o|w|v|m):[^>]*>/gi, '')
    .replace(/\s(style|class|lang|id|on[a-z]+)="[^"]*"/gi, '')
    .replace(/\s(style|class|lang|id|on[a-z]+)='[^']*'/gi, '');
}
