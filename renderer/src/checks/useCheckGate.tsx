import { useState, type ReactNode } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { Finding } from '../../../core/checks/finding';
import { errorMessage } from '../desk';
import { CheckGateDialog } from './CheckGateDialog';

interface Pending {
  title: string;
  action: string;
  findings: Finding[];
  resolve: (go: boolean) => void;
}

export interface GateRequest {
  title: string;
  action: string;
  blocking: Finding[];
}

/**
 * Asks before an action that checks must allow. Resolves true when nothing blocks, or when the
 * officer gave a reason for every blocking finding; the service records those reasons on the cases
 * in one call (desk.recordOverrides), so the window never rewrites a case's overrides itself.
 */
export function useCheckGate(desk: DeskApi): { confirm: (request: GateRequest) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirm = ({ title, action, blocking }: GateRequest) =>
    blocking.length === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => setPending({ title, action, findings: blocking, resolve }));

  async function proceed(reasons: string[]) {
    if (!pending) return;
    const overrides = pending.findings.map((f, i) => ({
      caseRef: f.caseRef,
      ruleId: f.ruleId,
      reason: reasons[i] ?? '',
      ...(f.answerId ? { answerId: f.answerId } : {}),
      ...(f.questionNumber ? { questionNumber: f.questionNumber } : {}),
    }));
    try {
      setError(null);
      await desk.recordOverrides({ overrides });
    } catch (err) {
      // Nothing was recorded (one transaction), so the action must not go ahead either.
      setError(errorMessage(err));
      return;
    }
    pending.resolve(true);
    setPending(null);
  }

  const close = () => {
    pending?.resolve(false);
    setPending(null);
    setError(null);
  };

  const dialog = pending ? (
    <CheckGateDialog title={pending.title} action={pending.action} findings={pending.findings} error={error} onCancel={close} onProceed={(r) => void proceed(r)} />
  ) : null;
  return { confirm, dialog };
}
