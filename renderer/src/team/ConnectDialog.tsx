import { useId, useState, type FormEvent } from 'react';
import type { TeamBridge, TeamConnectRequest } from '../../../core/team/teamConnectRequest';
import { Dialog } from '../ui/Dialog';

declare global {
  interface Window {
    /** Provided by the preload in the desktop app (electron/shell/preload.ts): File › Connect to team workspace…. */
    teamBridge?: TeamBridge;
  }
}

type How = 'fields' | 'string';

/**
 * File › Connect to team workspace… (Ctrl+Shift+K): a team's workspace on PostgreSQL, by server,
 * database and user or by the connection string IT gave, checked over TLS against the CA file chosen
 * here. The details go to the main process (electron/shell/teamConnect.ts), which checks them again,
 * connects, and keeps the password in the computer's keychain if asked: the window never stores it.
 */
export function ConnectDialog({ onClose, bridge = window.teamBridge }: { onClose: () => void; bridge?: TeamBridge | undefined }) {
  const id = useId();
  const [how, setHow] = useState<How>('fields');
  const [fields, setFields] = useState({ host: '', port: '', database: '', user: '', connectionString: '' });
  const [caFile, setCaFile] = useState('');
  const [password, setPassword] = useState('');
  const [rememberPassword, setRememberPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState<{ description: string; notice?: string } | null>(null);

  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));

  if (!bridge) {
    return (
      <Dialog labelledBy={`${id}-title`} onClose={onClose}>
        <h2 id={`${id}-title`}>Connect to team workspace</h2>
        <p>Connecting to a team workspace needs the Disclosure Desk desktop app.</p>
        <div className="actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  const chooseCa = async () => {
    const chosen = await bridge.chooseCaFile();
    if (chosen) setCaFile(chosen);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const request: TeamConnectRequest =
      how === 'string'
        ? { connectionString: fields.connectionString, caFile, password, rememberPassword }
        : { host: fields.host, port: fields.port, database: fields.database, user: fields.user, caFile, password, rememberPassword };
    try {
      const result = await bridge.connect(request);
      if (result.ok) {
        setPassword('');
        setConnected({ description: result.description, ...(result.notice ? { notice: result.notice } : {}) });
      } else setError(result.error.message);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (connected) {
    return (
      <Dialog labelledBy={`${id}-title`} onClose={onClose}>
        <h2 id={`${id}-title`}>Connected</h2>
        <p role="status">Connected to {connected.description}.</p>
        {connected.notice && <p className="banner">{connected.notice}</p>}
        <div className="actions">
          {/* Focus moves here: the Connect button it was on has gone, and Escape must still close. */}
          <button type="button" className="primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-intro`} className="connect-dialog" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <h2 id={`${id}-title`}>Connect to team workspace</h2>
        <p id={`${id}-intro`} className="hint">
          Your team&apos;s shared workspace on a PostgreSQL server. IT gives you the details, your own user name and the CA certificate that proves the server is theirs.
        </p>
        {error && (
          <p className="banner error" role="alert">
            {error}
          </p>
        )}
        <fieldset>
          <legend>Connect with</legend>
          <label className="field inline">
            <input type="radio" name={`${id}-how`} checked={how === 'fields'} onChange={() => setHow('fields')} />
            Server, database and user
          </label>
          <label className="field inline">
            <input type="radio" name={`${id}-how`} checked={how === 'string'} onChange={() => setHow('string')} />
            A connection string
          </label>
        </fieldset>
        {how === 'fields' ? (
          <>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${id}-host`}>Server</label>
                <input id={`${id}-host`} value={fields.host} onChange={set('host')} placeholder="db.example.gov.uk" autoComplete="off" spellCheck={false} required autoFocus />
              </div>
              <div className="field connect-port">
                <label htmlFor={`${id}-port`}>Port</label>
                <input id={`${id}-port`} value={fields.port} onChange={set('port')} inputMode="numeric" placeholder="5432" aria-describedby={`${id}-port-hint`} />
                <span id={`${id}-port-hint`} className="hint">
                  Leave empty for 5432
                </span>
              </div>
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${id}-database`}>Database</label>
                <input id={`${id}-database`} value={fields.database} onChange={set('database')} placeholder="disclosure_desk" autoComplete="off" spellCheck={false} required />
              </div>
              <div className="field">
                <label htmlFor={`${id}-user`}>Your user name</label>
                <input id={`${id}-user`} value={fields.user} onChange={set('user')} autoComplete="username" spellCheck={false} required />
              </div>
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-string`}>Connection string</label>
            <input
              id={`${id}-string`}
              value={fields.connectionString}
              onChange={set('connectionString')}
              placeholder="postgres://jo_bloggs@db.example.gov.uk/disclosure_desk"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${id}-string-hint`}
              required
            />
            <span id={`${id}-string-hint`} className="hint">
              A password in it is used to connect and never kept with the workspace.
            </span>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-ca`}>CA certificate</label>
          <div className="field inline">
            <input id={`${id}-ca`} value={caFile} readOnly placeholder="No file chosen" aria-describedby={`${id}-ca-hint`} />
            <button type="button" onClick={() => void chooseCa()}>
              Choose CA file…
            </button>
          </div>
          <span id={`${id}-ca-hint`} className="hint">
            The connection is encrypted and the server&apos;s certificate checked against this file (sslmode verify-full).
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input id={`${id}-password`} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" aria-describedby={`${id}-password-hint`} />
          <span id={`${id}-password-hint`} className="hint">
            Leave empty to use the one this computer keeps for you.
          </span>
        </div>
        <label className="field inline">
          <input type="checkbox" checked={rememberPassword} onChange={(e) => setRememberPassword(e.target.checked)} />
          Keep the password in this computer&apos;s keychain
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
