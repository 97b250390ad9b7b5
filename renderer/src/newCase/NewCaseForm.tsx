import { useState, type DragEvent, type FormEvent } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { readWhatDoTheyKnow } from '../../../core/intake/whatDoTheyKnow';
import { CASE_CHANNEL_LABELS, CaseChannelSchema, REGIME_LABELS, REGIME_NAMES, RegimeSchema, todayInUk, type Attachment, type Case, type CaseChannel, type Regime } from '../../../core/model';
import { errorMessage } from '../desk';
import { saveErrorText } from '../ui/fieldErrorText';
import { DateField } from '../ui/DateField';

interface Props {
  desk: DeskApi;
  onCreated: (c: Case) => void;
  onCancel: () => void;
}

/**
 * Everything needed to start the clock. The requester's details are asked for here because the
 * letter needs them, and are marked private: they never reach the published log.
 */
export function NewCaseForm({ desk, onCreated, onCancel }: Props) {
  const [ref, setRef] = useState('');
  const [title, setTitle] = useState('');
  const [regime, setRegime] = useState<Regime>('foia');
  const [received, setReceived] = useState(todayInUk());
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [requestText, setRequestText] = useState('');
  const [channel, setChannel] = useState<CaseChannel>('email');
  // Said once the WhatDoTheyKnow footer has been taken out of a paste, so the officer knows where it went.
  const [intakeNote, setIntakeNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [source, setSource] = useState<{ name: string; base64: string; attachments: Attachment[] } | null>(null);
  const [dragging, setDragging] = useState(false);

  /** A dropped or chosen email or document fills the form; the officer checks it before creating. */
  async function takeFile(file: File) {
    setError(null);
    try {
      const base64 = await fileToBase64(file);
      const read = await desk.readRequestFile({ name: file.name, base64 });
      setSource({ name: file.name, base64, attachments: read.attachments });
      if (read.received) setReceived(read.received);
      if (read.requester) {
        setName(read.requester.name);
        setEmail(read.requester.email);
      }
      if (read.subject && !title) setTitle(read.subject.replace(/^(re|fw|fwd):\s*/i, ''));
      if (read.channel) setChannel(read.channel);
      setIntakeNote(read.channel === 'whatdotheyknow' ? whatDoTheyKnowNote(read.requester?.email ?? '') : null);
      setRequestText(read.text);
    } catch (err) {
      setSource(null);
      setError(errorMessage(err));
    }
  }

  /**
   * A paste from WhatDoTheyKnow: its footer is not the request, so it goes; its reply address is where
   * the answer is sent, and the channel says how the request came.
   */
  function takeRequestText(text: string) {
    const read = readWhatDoTheyKnow(text);
    if (read.channel === 'whatdotheyknow' && (read.text !== text || !email)) {
      setRequestText(read.text);
      if (read.replyAddress) setEmail(read.replyAddress);
      setChannel('whatdotheyknow');
      setIntakeNote(whatDoTheyKnowNote(read.replyAddress));
      return;
    }
    setRequestText(text);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void takeFile(file);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // A date the officer typed but that cannot be read is shown at its field; the case waits for it.
    if (!e.currentTarget.checkValidity()) {
      e.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const requester = { name, email, address: '' };
      if (source) {
        // Created from the file so its attachments are listed, then the officer's corrections applied.
        const fromFile = await desk.createCaseFromFile({ name: source.name, base64: source.base64, ref, title, regime });
        onCreated(await desk.updateCase({ id: fromFile.id, patch: { received, requester, requestText, channel } }));
      } else {
        onCreated(await desk.createCase({ ref, title, regime, received, requester, requestText, channel }));
      }
    } catch (err) {
      // The field by its label ("Requester's email: …"), never the service's path (`patch.requester.email`).
      setError(saveErrorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="new-case-form" onSubmit={submit} aria-labelledby="new-case-title">
      <h1 id="new-case-title">New case</h1>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div
        className={`drop-zone ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="nc-file">Start from an email or document</label>
        <input id="nc-file" type="file" accept=".eml,.msg,.txt,.docx" onChange={(e) => e.target.files?.[0] && void takeFile(e.target.files[0])} aria-describedby="nc-file-hint" />
        <span id="nc-file-hint" className="hint">Drop an email dragged from Outlook (.msg), a saved email (.eml), a Word document or a text file here, or choose one. The date, sender and text fill the form.</span>
        {source && (
          <p className="muted" role="status">
            From {source.name}
            {source.attachments.length > 0 && `: attachments ${source.attachments.map((a) => a.name).join(', ')}`}
          </p>
        )}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="nc-ref">Reference</label>
          <input id="nc-ref" value={ref} onChange={(e) => setRef(e.target.value)} required autoFocus autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="nc-regime">Regime</label>
          <select id="nc-regime" value={regime} onChange={(e) => setRegime(RegimeSchema.parse(e.target.value))}>
            {RegimeSchema.options.map((r) => (
              <option key={r} value={r}>{REGIME_LABELS[r]}: {REGIME_NAMES[r]}</option>
            ))}
          </select>
        </div>
        <DateField id="nc-received" label="Date received" value={received} onCommit={(d) => d && setReceived(d)} required describedBy="nc-received-hint">
          <span id="nc-received-hint" className="hint">Day 0 of the clock, even at a weekend.</span>
        </DateField>
      </div>
      <div className="field">
        <label htmlFor="nc-title">Title</label>
        <input id="nc-title" value={title} onChange={(e) => setTitle(e.target.value)} required autoComplete="off" aria-describedby="nc-title-hint" />
        <span id="nc-title-hint" className="hint">A short topic, as it will appear in the disclosure log.</span>
      </div>
      <fieldset className="private">
        <legend>Requester (private: never published)</legend>
        <div className="field-row">
          <div className="field">
            <label htmlFor="nc-name">Name</label>
            <input id="nc-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="nc-email">Email</label>
            <input id="nc-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="nc-channel">Channel</label>
            <select id="nc-channel" value={channel} onChange={(e) => setChannel(CaseChannelSchema.parse(e.target.value))}>
              {CaseChannelSchema.options.map((option) => (
                <option key={option} value={option}>{CASE_CHANNEL_LABELS[option]}</option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="nc-request">Request</label>
        <textarea id="nc-request" rows={12} value={requestText} onChange={(e) => takeRequestText(e.target.value)} aria-describedby="nc-request-hint" />
        <span id="nc-request-hint" className="hint">Paste the request as received. You can split it into questions next.</span>
        {intakeNote && <p className="muted" role="status">{intakeNote}</p>}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>Create case</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function whatDoTheyKnowNote(replyAddress: string): string {
  const to = replyAddress ? ` Replies go to ${replyAddress}.` : '';
  return `Sent through WhatDoTheyKnow: its footer was taken out of the request.${to} Your answer will be published on its website.`;
}

function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read. Check the file is not open elsewhere, then try again.`));
    reader.readAsDataURL(file);
  });
}
