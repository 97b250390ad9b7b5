import { useState, type ReactNode } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { Finding } from '../../../core/checks/finding';
import type { CheckOverride } from '../../../core/model';
import { CheckGateDialog } from './CheckGateDialog';

interface Pending {
  title: string;
  action: string;
  findings: Finding[];
  resolve: (go: boolean) => void;
}

/**
 * Asks before an action that checks must allow. Resolves true when nothing blocks, or when the
 * officer gave a reason for every blocking finding (saved as overrides on each case first).
 */
export function useCheckGate(desk: DeskApi): { confirm: (p: { title: string; action: string; blocking: Finding[]; caseIdByRef: Map<string, string> }) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<(Pending & { caseIdByRef: Map<string, string> }) | null>(null);

  const confirm = ({ title, action, blocking, caseIdByRef }: { title: string; action: string; blocking: Finding[]; caseIdByRef: Map<string, string> }) =>
    blocking.length === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => setPending({ title, action, findings: blocking, resolve, caseIdByRef }));

  async function proceed(reasons: string[]) {
    if (!pending) return;
    const byCase = new Map<string, CheckOverride[]>();
    pending.findings.forEach((f, i) => {
      const o: CheckOverride = { ruleId: f.ruleId, reason: reasons[i]!, at: new Date().toISOString() };
      if (f.answerId) o.answerId = f.answerId;
      if (f.questionNumber) o.questionNumber = f.questionNumber;
      byCase.set(f.caseRef, [...(byCase.get(f.caseRef) ?? []), o]);
    });
    for (const [ref, overrides] of byCase) {
      const id = pending.caseIdByRef.get(ref);
      if (!id) continue;
      const c = await desk.getCase({ id });
      await desk.updateCase({ id, patch: { overrides: [...c.overrides, ...overrides] } });
    }
    pending.resolve(true);
    setPending(null);
  }

  const dialog = pending ? (
    <CheckGateDialog
      title={pending.title}
      action={pending.action}
      findings={pending.findings}
      onCancel={() => {
        pending.resolve(false);
        setPending(null);
      }}
      onProceed={(r) => void proceed(r)}
    />
  ) : null;
  return { confirm, dialog };
}
