import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { ClauseNode, type ClauseAttrs } from '../../../core/editor/clauseNode';
import { useClauseUi } from './ClauseUiContext';
import { FilledText } from './FilledText';

/**
 * How a clause looks while the answer is edited: its wording with the gaps marked, under a line
 * naming the clause. Click it (or select it and press Enter) to change its values. The editor
 * keeps it as one block, so the text around it stays the officer's to edit.
 */
function ClauseBlock({ node, editor, getPos, selected }: ReactNodeViewProps) {
  const ui = useClauseUi();
  const attrs = node.attrs as ClauseAttrs;
  const edit = () => {
    const pos = getPos();
    if (ui && typeof pos === 'number') ui.editClause(editor, pos);
  };
  const gaps = attrs.missing.length;
  return (
    <NodeViewWrapper className={`clause clause-block${selected ? ' is-selected' : ''}${gaps ? ' has-gaps' : ''}`} data-clause="" data-clauseid={attrs.clauseId}>
      <div className="clause-head" contentEditable={false}>
        <span className="clause-name">
          {attrs.section && <span className="palette-section">{attrs.section}</span>} {attrs.title}
          {gaps > 0 && <span className="clause-gaps"> · {gaps} to fill</span>}
        </span>
        {ui && (
          <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={edit} aria-label={`Edit the values of clause ${attrs.title}`}>
            Edit values
          </button>
        )}
      </div>
      <div className="clause-text" onClick={edit}>
        <FilledText text={attrs.text} missing={attrs.missing} />
      </div>
    </NodeViewWrapper>
  );
}

/** core's clause node with a React view: core stays React-free, the schema stays the same. */
export const ClauseNodeWithView = ClauseNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ClauseBlock);
  },
});
