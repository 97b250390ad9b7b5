import { Packer, type Document } from 'docx';
import { escapeHtml } from '../../../core/editor/toHtml';
import { LANGUAGE } from './docxStyles';

export interface DocxProperties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  /** Fixed in tests so two exports of the same month are byte-comparable. */
  now?: Date;
}

/**
 * The docx package writes no dc:language, which screen readers and PDF converters read for the
 * document's language, so docProps/core.xml is written here in full.
 */
function coreXml(p: DocxProperties): string {
  const at = (p.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const x = escapeHtml;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(p.title)}</dc:title><dc:subject>${x(p.subject)}</dc:subject><dc:creator>${x(p.creator)}</dc:creator><dc:description>${x(p.description)}</dc:description><dc:language>${LANGUAGE}</dc:language><cp:lastModifiedBy>${x(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

export async function packDocx(doc: Document, props: DocxProperties): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(props) }]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
