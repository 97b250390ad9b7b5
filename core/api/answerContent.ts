import { z } from 'zod';
import { ANSWER_MARK_TYPES, ANSWER_NODE_TYPES } from '../editor/answerTypes';
import { AnswerSchema, LetterPartsSchema, type RichNode } from '../model';

/**
 * What an answer may contain, enforced where it is saved. core/model checks only that the JSON has
 * the editor's shape; this checks it uses only the node and mark types of the answer schema
 * (core/editor), because an exporter meeting a heading or a strike mark would drop or garble it.
 * The path in each issue leads to the offending node, e.g. doc.content[2].marks[0].
 */
const NODE_TYPES: ReadonlySet<string> = new Set(ANSWER_NODE_TYPES);
const MARK_TYPES: ReadonlySet<string> = new Set(ANSWER_MARK_TYPES);

export interface ContentIssue {
  path: (string | number)[];
  message: string;
}

// Deep enough for any table in a list in a table; deeper is a crafted file, not a letter.
const MAX_DEPTH = 64;

export function answerContentIssues(doc: RichNode, limit = 5): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const visit = (node: RichNode, path: (string | number)[]): void => {
    if (issues.length >= limit) return;
    if (path.length > MAX_DEPTH * 2) {
      issues.push({ path, message: `the answer is nested more than ${MAX_DEPTH} levels deep` });
      return;
    }
    if (!NODE_TYPES.has(node.type)) {
      issues.push({ path: [...path, 'type'], message: `"${node.type}" is not allowed in an answer (allowed: ${ANSWER_NODE_TYPES.join(', ')})` });
    }
    node.marks?.forEach((mark, i) => {
      if (!MARK_TYPES.has(mark.type) && issues.length < limit) {
        issues.push({ path: [...path, 'marks', i, 'type'], message: `the mark "${mark.type}" is not allowed in an answer (allowed: ${ANSWER_MARK_TYPES.join(', ')})` });
      }
    });
    node.content?.forEach((child, i) => visit(child, [...path, 'content', i]));
  };
  visit(doc, []);
  return issues;
}

/** AnswerSchema plus the content rule: what `saveAnswer` accepts. */
export const SavedAnswerSchema = AnswerSchema.superRefine((answer, ctx) => {
  for (const issue of answerContentIssues(answer.doc)) ctx.addIssue({ code: 'custom', path: ['doc', ...issue.path], message: issue.message });
});
export type SavedAnswer = z.infer<typeof SavedAnswerSchema>;

/** The letter's parts as `updateCase` accepts them: the closing section holds what an answer may. */
export const SavedLetterPartsSchema = LetterPartsSchema.superRefine((parts, ctx) => {
  if (!parts.closing) return;
  for (const issue of answerContentIssues(parts.closing)) ctx.addIssue({ code: 'custom', path: ['closing', ...issue.path], message: issue.message.replace('in an answer', 'in the closing section') });
});
