import { generateJSON } from '@tiptap/html/server';
import { answerExtensions } from '../../core/editor/extensions';
import type { RichNode } from '../../core/model';

const extensions = answerExtensions();

/**
 * HTML (from a bundle, or pasted from Word/Outlook) -> the editor's JSON, parsed by the editor's own
 * schema so anything it cannot hold (styles, scripts, images) simply does not survive.
 */
export function htmlToDoc(html: string): RichNode {
  const doc = generateJSON(html.trim() === '' ? '<p></p>' : html, extensions) as RichNode;
  return doc;
}
