import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT } from '../../../core/model';
import type { DeskClient } from '../../../core/api/client';
import { realDesk, type RealDesk } from '../../testing/realDesk';
import { CallProgress } from './CallProgress';
import { useLongCall } from './useLongCall';

// A long import into a real workspace, followed and cancelled from the window's component.

let real: RealDesk;
beforeEach(() => (real = realDesk()));
afterEach(() => real.close());

const bundle = (count: number) => ({
  format: BUNDLE_FORMAT,
  cases: Array.from({ length: count }, (_, i) => ({
    ref: `FOI-${1000 + i}`,
    title: `Request ${i + 1}`,
    regime: 'foia',
    received: '2024-05-01',
    requester: { name: '', email: '' },
    publish: true,
    requestText: '1. How many?',
    questions: [{ number: '1', text: 'How many?' }],
    answers: [{ covers: ['1'], html: '<p>We hold <strong>12</strong> records.</p><ul><li>one</li><li>two</li></ul>' }],
  })),
});

function ImportHarness({ desk, count }: { desk: DeskClient; count: number }) {
  const call = useLongCall(desk);
  const [outcome, setOutcome] = useState('');
  const start = async () => {
    const result = await call.run('Importing cases', async (callId) => await desk.importBundle({ bundle: bundle(count), callId }));
    setOutcome(result ? `Imported ${result.imported.length}` : 'Cancelled');
  };
  return (
    <>
      <button type="button" onClick={() => void start()}>Import</button>
      {call.label && <CallProgress label={call.label} progress={call.progress} cancelling={call.cancelling} onCancel={call.cancel} />}
      <p role="status">{outcome}</p>
    </>
  );
}

describe('CallProgress with useLongCall', () => {
  it('says when the import is done, and the bar goes away', async () => {
    const user = userEvent.setup();
    render(<ImportHarness desk={real.desk} count={3} />);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 3'), { timeout: 10_000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((await real.service.getWorkspace()).caseCount).toBe(3);
  });

  it('shows the counts as a progressbar and cancels from its button, writing nothing', async () => {
    const user = userEvent.setup();
    // Enough cases that the import is still reading when Cancel is clicked, even on a fast machine:
    // converting one takes a fraction of a millisecond since the import reuses one DOM.
    render(<ImportHarness desk={real.desk} count={20_000} />);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const bar = await screen.findByRole('progressbar', { name: 'Importing cases' });
    await waitFor(() => expect(bar.getAttribute('aria-valuemax')).toBe('20000'));
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toMatch(/^Reading case \d+ of 20000$/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Cancelled'), { timeout: 10_000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((await real.service.getWorkspace()).caseCount).toBe(0);
  });
});
