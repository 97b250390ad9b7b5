import { PdfFile, pdfName, ref, textString } from './pdfFile';

/** What a structure element holds, in reading order. */
type Kid = StructElement | { page: number; mcid: number } | { page: number; annotation: number };

/**
 * One element of the PDF's tag tree (Document, H1, P, L, LI, Table, TH, Link…): what a screen reader
 * walks. Content joins it as marked-content ids on a page; a link's annotation joins its Link element.
 */
export class StructElement {
  readonly kids: Kid[] = [];
  /** Attributes, as PDF source: the table's /Scope, /ColSpan, /RowSpan. */
  attributes: string | null = null;
  objectNumber = 0;

  constructor(readonly type: string, readonly parent: StructElement | null, readonly alt?: string) {
    parent?.kids.push(this);
  }

  child(type: string, alt?: string): StructElement {
    return new StructElement(type, this, alt);
  }
}

/**
 * The tree's objects: every element, the root, and the parent tree (which element each page's
 * marked content and each annotation belongs to, as readers look them up). `pages` are the pages'
 * object numbers; a page's key in the parent tree is its index, and an annotation's comes after.
 */
export function writeStructTree(file: PdfFile, root: StructElement, pages: number[], annotationKeys: Map<number, number>): number {
  const rootNumber = file.reserve();
  const byPageMcid = pages.map(() => [] as number[]);
  const byAnnotation = new Map<number, number>();
  const number = (e: StructElement) => {
    e.objectNumber = file.reserve();
    for (const k of e.kids) if (k instanceof StructElement) number(k);
  };
  number(root);
  const write = (e: StructElement, parent: number) => {
    const firstPage = e.kids.find((k): k is { page: number; mcid: number } => !(k instanceof StructElement) && 'mcid' in k)?.page;
    const kids = e.kids.map((k) => {
      if (k instanceof StructElement) {
        write(k, e.objectNumber);
        return ref(k.objectNumber);
      }
      if ('mcid' in k) {
        byPageMcid[k.page]![k.mcid] = e.objectNumber;
        return k.page === firstPage ? String(k.mcid) : `<< /Type /MCR /Pg ${ref(pages[k.page]!)} /MCID ${k.mcid} >>`;
      }
      byAnnotation.set(k.annotation, e.objectNumber);
      return `<< /Type /OBJR /Pg ${ref(pages[k.page]!)} /Obj ${ref(k.annotation)} >>`;
    });
    file.put(
      `<< /Type /StructElem /S ${pdfName(e.type)} /P ${ref(parent)}${firstPage !== undefined ? ` /Pg ${ref(pages[firstPage]!)}` : ''}` +
        `${e.alt ? ` /Alt ${textString(e.alt)}` : ''}${e.attributes ? ` /A ${e.attributes}` : ''} /K [${kids.join(' ')}] >>`,
      e.objectNumber,
    );
  };
  write(root, rootNumber);
  const nums: string[] = byPageMcid.map((elements, page) => `${page} [${elements.map(ref).join(' ')}]`);
  for (const [annotation, key] of [...annotationKeys.entries()].sort(([, a], [, b]) => a - b)) nums.push(`${key} ${ref(byAnnotation.get(annotation)!)}`);
  const parentTree = file.put(`<< /Nums [${nums.join(' ')}] >>`);
  file.put(`<< /Type /StructTreeRoot /K [${ref(root.objectNumber)}] /ParentTree ${ref(parentTree)} /ParentTreeNextKey ${pages.length + annotationKeys.size} >>`, rootNumber);
  return rootNumber;
}
