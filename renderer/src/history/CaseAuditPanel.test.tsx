import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../core/model';
import type { CaseAudit } from '../../../core/team/auditContract';
import { openSqliteStore } from '../../../electron/services/store/sqliteStore';
import { caseAudit } from '../../../electron/services/team/caseAudit';
import { tempWorkspacePath } from '../../../electron/services/testing/testWorkspace';
import { CaseAuditPanel } from './CaseAuditPanel';

// The panel over the real caseAudit on a real SQLite workspace, each answer crossing as JSON as over IPC.
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function workspace() {
  const ws = tempWorkspacePath();
  const store = openSqliteStore(ws.path);
  cleanups.push(() => {
    store.close();
    ws.cleanup();
  });
  store.cases.put(
    CaseSchema.parse({ id: 'c1', ref: 'FOI-1', title: 'Potholes', regime: 'foia', received: '2024-06-03', requester: { name: '', email: '', address: '' }, createdAt: '2024-06-03T09:00:00.000Z', updatedAt: '2024-06-03T09:00:00.000Z' }),
  );
  let calls = 0;
  const desk = {
    caseAudit: async (input: { caseId: string; limit?: number }): Promise<CaseAudit> => {
      calls++;
      return JSON.parse(JSON.stringify(await caseAudit(store, input))) as CaseAudit;
    },
  };
  return { store, desk, calls: () => calls };
}

describe('CaseAuditPanel', () => {
  it('reads the changes only when asked, shows each with its UK time and officer, and says what a workspace on this computer keeps', async () => {
    const w = workspace();
    w.store.team.assign('c1', 'jo.officer', 'sam.smith', '2024-07-01T13:05:00.000Z');
    render(<CaseAuditPanel desk={w.desk} caseId="c1" refresh={0} />);
    const button = screen.getByRole('button', { name: 'Show the changes' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(w.calls()).toBe(0);
    fireEvent.click(button);
    const item = await screen.findByText('Owner set to jo.officer');
    // 13:05 UTC is 14:05 in British Summer Time.
    expect(item.closest('li')?.textContent).toBe('1 July 2024, 14:05sam.smithOwner set to jo.officer');
    expect(item.closest('li')?.querySelector('time')?.getAttribute('dateTime')).toBe('2024-07-01T13:05:00.000Z');
    expect(screen.getByText(/This workspace is on this computer only/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide the changes' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says when nothing is recorded, and shows an error as an alert', async () => {
    const w = workspace();
    const { rerender } = render(<CaseAuditPanel desk={w.desk} caseId="c1" refresh={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the changes' }));
    expect(await screen.findByText('No changes recorded yet.')).toBeTruthy();
    rerender(<CaseAuditPanel desk={w.desk} caseId="gone" refresh={1} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not in this workspace/);
  });
});
