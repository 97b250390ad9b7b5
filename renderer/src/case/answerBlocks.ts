import { createContext, useContext, useEffect } from 'react';
import type { Finding } from '../../../core/checks/finding';

/**
 * What the questions panel may ask of each answer on screen: write its pending autosave now, and
 * carry out a fix from the checks summary. Each answer block saves its own text a moment after the
 * last keystroke; a change to the answers as a whole (split again, its undo, attach, answer together)
 * must first let those saves land, or a late one writes the answer's old links back over it.
 */
export interface AnswerBlockHandle {
  flush: () => Promise<void>;
  /** A fix that changes this answer (set its disposition), through the block's own edit and autosave. */
  fix: (f: Finding) => void;
  /**
   * True while the block holds words the store has not got (a save waiting, running or refused) or a
   * conflict the officer has not settled: live refresh (renderer/src/live) leaves such an answer alone.
   */
  busy?: () => boolean;
}

export class AnswerBlocks {
  private readonly blocks = new Map<string, AnswerBlockHandle>();

  register(answerId: string, handle: AnswerBlockHandle): () => void {
    this.blocks.set(answerId, handle);
    return () => {
      if (this.blocks.get(answerId) === handle) this.blocks.delete(answerId);
    };
  }

  /** Every pending answer save, written now. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.blocks.values()].map((b) => b.flush()));
  }

  /** The answers on screen holding unsaved words or an unsettled conflict. */
  busyIds(): string[] {
    return [...this.blocks].filter(([, b]) => b.busy?.()).map(([id]) => id);
  }

  /** Carries out the fix on the answer it names; false when that answer is not on screen. */
  fix(f: Finding): boolean {
    const answerId = f.fix?.kind === 'set-disposition' ? f.fix.answerId : undefined;
    const block = answerId ? this.blocks.get(answerId) : undefined;
    if (!block) return false;
    block.fix(f);
    return true;
  }
}

export const AnswerBlocksContext = createContext<AnswerBlocks | null>(null);

/** Registers an answer block with the panel around it, for as long as it is on screen. */
export function useRegisterAnswerBlock(answerId: string, handle: AnswerBlockHandle): void {
  const blocks = useContext(AnswerBlocksContext);
  useEffect(() => blocks?.register(answerId, handle), [blocks, answerId, handle]);
}
