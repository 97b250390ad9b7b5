// Word does not put lists on the clipboard as <ul>/<ol>: each item is a paragraph (class
// MsoListParagraph, MsoListParagraphCxSpFirst/Middle/Last, or any class with an "mso-list:l0 level2"
// style) whose bullet or number is typed-out text in a run other programs are told to skip
// (<span style="mso-list:Ignore">, wrapped in <![if !supportLists]> … <![endif]>). Pasted as it is,
// an answer gets paragraphs starting "·" or "1." that no exporter can number. Here those paragraphs
// become real, nested lists, and the empty <o:p> paragraphs Word uses for spacing go.

const LIST_CLASS = /MsoListParagraph/i;
const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
const IGNORE_STYLE = /mso-list:\s*ignore/i;
// "1." "12)" "(a)" "iv." "1.2." : a number run; anything else ("·", "o", "§", "–") is a bullet.
const NUMBER_MARKER = /^\(?(?:\d+(?:\.\d+)*|[a-z]|[ivxlcdm]+)[.)]$|^\d+$/i;
const WORD_HTML = /mso-list|MsoListParagraph|<o:p|urn:schemas-microsoft-com/i;

interface ListItem {
  paragraph: HTMLElement;
  level: number;
  ordered: boolean;
  start: number | undefined;
}

export function rebuildWordLists(html: string): string {
  // ProseMirror's own clipboard (an answer copied to another) is never Word's: leave it untouched.
  if (typeof DOMParser === 'undefined' || !WORD_HTML.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  for (const p of [...body.querySelectorAll('p')]) if (isEmptyWordParagraph(p)) p.remove();
  for (const run of listRuns(body)) buildLists(doc, run);
  // Conditional-comment markers left in other paragraphs would confuse the comment stripping after.
  removeComments(body);
  return body.innerHTML;
}

function isEmptyWordParagraph(p: HTMLElement): boolean {
  const hasOfficeBreak = [...p.querySelectorAll('*')].some((el) => el.tagName.toLowerCase() === 'o:p');
  return hasOfficeBreak && (p.textContent ?? '').replace(/[\s\u00a0]/g, '') === '' && !p.querySelector('img, br, table');
}

/** Consecutive list paragraphs under the same parent, each read as an item (its marker removed). */
function listRuns(body: HTMLElement): ListItem[][] {
  const runs: ListItem[][] = [];
  let current: ListItem[] = [];
  let lastParagraph: Element | null = null;
  for (const p of [...body.querySelectorAll('p')]) {
    const item = asListItem(p);
    if (!item) continue;
    if (current.length > 0 && !followsDirectly(lastParagraph, p)) {
      runs.push(current);
      current = [];
    }
    current.push(item);
    lastParagraph = p;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function followsDirectly(previous: Element | null, next: Element): boolean {
  if (!previous || previous.parentNode !== next.parentNode) return false;
  let node = previous.nextSibling;
  while (node && node !== next) {
    if (node.nodeType === 1 || (node.nodeType === 3 && (node.textContent ?? '').trim() !== '')) return false;
    node = node.nextSibling;
  }
  return node === next;
}

function asListItem(p: HTMLElement): ListItem | null {
  const style = p.getAttribute('style') ?? '';
  const levelMatch = LIST_STYLE.exec(style);
  if (!levelMatch && !LIST_CLASS.test(p.getAttribute('class') ?? '')) return null;
  const marker = takeMarker(p);
  // A "List Paragraph" with no marker and no list style is only an indented paragraph.
  if (marker === null && !levelMatch) return null;
  const bare = (marker ?? '').replace(/[\s\u00a0]+/g, '');
  const ordered = NUMBER_MARKER.test(bare);
  const digits = /^\(?(\d+)/.exec(bare);
  return { paragraph: p, level: Number(levelMatch?.[1] ?? 1), ordered, start: ordered && digits ? Number(digits[1]) : undefined };
}

/** Removes the typed-out bullet or number and returns its text, or null if the paragraph has none. */
function takeMarker(p: HTMLElement): string | null {
  // <![if !supportLists]> … <![endif]> (and Outlook's <!--[if !supportLists]--> … <!--[endif]-->):
  // both parse as comment nodes around the marker.
  const walker = p.ownerDocument.createTreeWalker(p, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/^\s*\[if\s+!supportLists\]\s*$/i.test((node as Comment).data)) continue;
    let text = '';
    let next = node.nextSibling;
    while (next && !(next.nodeType === 8 && /^\s*\[endif\]\s*$/i.test((next as Comment).data))) {
      const after: ChildNode | null = next.nextSibling;
      text += next.textContent ?? '';
      next.remove();
      next = after;
    }
    return text;
  }
  const ignored = [...p.querySelectorAll('span')].find((span) => IGNORE_STYLE.test(span.getAttribute('style') ?? ''));
  if (!ignored) return null;
  const text = ignored.textContent ?? '';
  // Word wraps the ignored run in a span carrying the bullet's font; drop that shell too.
  const shell = ignored.parentElement;
  ignored.remove();
  if (shell && shell !== p && shell.tagName === 'SPAN' && (shell.textContent ?? '').trim() === '') shell.remove();
  return text;
}

function buildLists(doc: Document, items: ListItem[]): void {
  const first = items[0]!.paragraph;
  const parent = first.parentNode!;
  // Root lists go in before this point, in order, where the first item stood.
  const anchor = doc.createTextNode('');
  parent.insertBefore(anchor, first);
  const stack: { level: number; ordered: boolean; list: HTMLElement }[] = [];
  for (const item of items) {
    while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.level === item.level && top.ordered !== item.ordered) stack.pop();
    let open = stack[stack.length - 1];
    if (!open || open.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (item.start !== undefined && item.start !== 1) list.setAttribute('start', String(item.start));
      if (open) {
        const host = (open.list.lastElementChild as HTMLElement | null) ?? open.list.appendChild(doc.createElement('li'));
        host.appendChild(list);
      } else {
        parent.insertBefore(list, anchor);
      }
      open = { level: item.level, ordered: item.ordered, list };
      stack.push(open);
    }
    const li = doc.createElement('li');
    li.appendChild(item.paragraph);
    open.list.appendChild(li);
  }
  anchor.remove();
}

function removeComments(root: HTMLElement): void {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}
