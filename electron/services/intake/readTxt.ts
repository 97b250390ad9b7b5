import type { RequestFile } from '../../../core/model';
import { decodeText } from './decodeText';
import { looksBinary, tidyText } from './tidyText';
import { unreadableFile } from './unreadableFile';

export function readTxt(name: string, bytes: Uint8Array): RequestFile {
  const text = decodeText(bytes);
  if (looksBinary(text)) throw unreadableFile(name, 'is not a text file (it holds binary data)', 'Open it in the program that made it and copy the request text, or paste the text instead.');
  return { text: tidyText(text), received: null, requester: null, subject: '', attachments: [], sourceKind: 'txt' };
}
