import type { AnyExtension } from '@tiptap/core';
import { ClauseCommands, type ClauseCommandHandlers } from './clauseCommands';
import { ClauseNodeWithView } from './ClauseNodeView';

/** The answer schema with the clause node's React view and the palette keys added. */
export function withClauseUi(extensions: AnyExtension[], handlers: { current: ClauseCommandHandlers | null }): AnyExtension[] {
  return [...extensions.map((e) => (e.name === 'clause' ? ClauseNodeWithView : e)), ClauseCommands.configure({ handlers })];
}
