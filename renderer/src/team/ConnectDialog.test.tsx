import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamBridge, TeamConnectRequest, TeamConnectResult } from '../../../core/team/teamConnectRequest';
import { ConnectDialog } from './ConnectDialog';

// The dialog's side of File › Connect to team workspace…: what it sends to the main process and what
// it shows back. The main process's side runs against a real server in electron/shell/teamConnect.test.ts.
function bridgeAnswering(result: TeamConnectResult, caFile: string | null = '/home/jo/org-ca.pem') {
  const sent: TeamConnectRequest[] = [];
  const bridge: TeamBridge = {
    chooseCaFile: async () => caFile,
    connect: async (request) => {
      sent.push(request);
      return result;
    },
  };
  return { bridge, sent };
}

describe('ConnectDialog', () => {
  it('sends the server, database, user, chosen CA file and password, and says where it connected', async () => {
    const { bridge, sent } = bridgeAnswering({ ok: true, description: 'jo_bloggs @ db.example.gov.uk / disclosure_desk' });
    render(<ConnectDialog bridge={bridge} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Server'), { target: { value: 'db.example.gov.uk' } });
    fireEvent.change(screen.getByLabelText('Database'), { target: { value: 'disclosure_desk' } });
    fireEvent.change(screen.getByLabelText('Your user name'), { target: { value: 'jo_bloggs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Choose CA file…' }));
    await waitFor(() => expect(screen.getByLabelText('CA certificate')).toHaveProperty('value', '/home/jo/org-ca.pem'));
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByLabelText("Keep the password in this computer's keychain"));
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Connected to jo_bloggs @ db.example.gov.uk / disclosure_desk.');
    expect(sent).toEqual([{ host: 'db.example.gov.uk', port: '', database: 'disclosure_desk', user: 'jo_bloggs', caFile: '/home/jo/org-ca.pem', password: 'correct horse', rememberPassword: true }]);
  });

  it('takes a connection string instead, and shows the main process\'s refusal as an alert', async () => {
    const { bridge, sent } = bridgeAnswering({ ok: false, error: { code: 'invalid-input', message: 'sslmode=disable is refused: it would let the connection go unencrypted.' } });
    render(<ConnectDialog bridge={bridge} onClose={() => undefined} />);
    fireEvent.click(screen.getByLabelText('A connection string'));
    fireEvent.change(screen.getByLabelText('Connection string'), { target: { value: 'postgres://jo@db.example.gov.uk/desk?sslmode=disable' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/sslmode=disable is refused/);
    expect(sent[0]).toMatchObject({ connectionString: 'postgres://jo@db.example.gov.uk/desk?sslmode=disable', rememberPassword: false });
    expect(sent[0]).not.toHaveProperty('host');
  });

  it('says the desktop app is needed where there is no bridge (the browser build)', () => {
    render(<ConnectDialog bridge={undefined} onClose={() => undefined} />);
    expect(screen.getByRole('dialog').textContent).toMatch(/needs the Disclosure Desk desktop app/);
  });
});
