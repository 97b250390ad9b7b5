import { answerExtensions } from '../../core/editor/extensions';
import type { RichNode } from '../../core/model';

type GenerateJson = (html: string, extensions: ReturnType<typeof answerExtensions>) => Record<string, unknown>;
let generateJson: Promise<GenerateJson> | null = null;
const extensions = answerExtensions();

/**
 * HTML (from a bundle, or pasted from Word/Outlook) -> the editor's JSON, parsed by the editor's own
 * schema so anything it cannot hold (styles, scripts, images) simply does not survive.
 * The server-side DOM it needs takes over a second to load, so it is loaded only when first used:
 * `desk deadline` should not pay for it.
 */
export async function htmlToDoc(html: string): Promise<RichNode> {
  generateJson ??= import('@tiptap/html/server').then((m) => m.generateJSON as GenerateJson);
  const generate = await generateJson;
  return generate(html.trim() === '' ? '<p></p>' : html, extensions) as RichNode;
}
