import type { RichMark, RichNode } from '../model/richText';
import { clauseParagraphs, clauseWording } from './clauseText';

/**
 * The one walk over the editor's JSON. Each output (editor HTML, published HTML, plain text, DOCX,
 * the checks' view) says only what it writes for the node types it cares about; the walk supplies
 * the recursion and the shared defaults:
 * - a node type the visitor does not name renders as its children, so an unknown node keeps its text;
 * - a clause node the visitor does not name reads as the paragraphs of its filled wording, so a
 *   writer that has nothing special to say about clauses prints exactly what the officer saw.
 */
export interface DocVisitor<R> {
  /** A text node with its marks (never undefined: an unmarked run has none). */
  text(node: RichNode, marks: readonly RichMark[]): R;
  /** Per node type: how to write it, given a function that writes its children with this visitor. */
  nodes: { readonly [type: string]: ((node: RichNode, inner: () => R[]) => R) | undefined };
  /** Combines the results of several nodes (children, or a clause's paragraphs) into one. */
  join(parts: R[]): R;
  /** For node types not in `nodes`; by default their children joined. Transforms use it to rebuild the node. */
  otherwise?(node: RichNode, inner: () => R[]): R;
}

export function walkDoc<R>(node: RichNode, visitor: DocVisitor<R>): R {
  if (node.type === 'text') return visitor.text(node, node.marks ?? []);
  const inner = () => (node.content ?? []).map((child) => walkDoc(child, visitor));
  // Own properties only: a stored node typed "constructor" must not find Object.prototype's.
  const handler = Object.hasOwn(visitor.nodes, node.type) ? visitor.nodes[node.type] : undefined;
  if (handler) return handler(node, inner);
  if (node.type === 'clause') return visitor.join(clauseParagraphs(clauseWording(node)).map((p) => walkDoc(p, visitor)));
  return visitor.otherwise ? visitor.otherwise(node, inner) : visitor.join(inner());
}

/** Writes a node's children with a visitor: for handlers that recurse with a different visitor (a deeper list level). */
export function walkChildren<R>(node: RichNode, visitor: DocVisitor<R>): R[] {
  return (node.content ?? []).map((child) => walkDoc(child, visitor));
}

/**
 * Every node in document order, parents before children. `visit` returning false skips the node's
 * children (a clause's wording is an attribute, so there is nothing inside it to visit anyway).
 */
export function forEachNode(node: RichNode, visit: (node: RichNode) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of node.content ?? []) forEachNode(child, visit);
}

/** True when some node satisfies `test`; stops at the first. */
export function someNode(node: RichNode, test: (node: RichNode) => boolean): boolean {
  if (test(node)) return true;
  return (node.content ?? []).some((child) => someNode(child, test));
}
