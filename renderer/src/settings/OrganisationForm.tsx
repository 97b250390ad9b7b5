import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { DEFAULT_LETTER_OPENING, DEFAULT_LETTER_SIGN_OFF, PART_I_BODIES, REGIME_LABELS, RegimeSchema, TIME_LIMIT_VARIATION_LABELS, TimeLimitVariationSchema, type Organisation } from '../../../core/model';
import { refreshLibrary } from '../clauses/clauseLibraryStore';
import { errorMessage } from '../desk';
import { saveErrorText } from '../ui/fieldErrorText';
import { SchoolClosuresField } from './SchoolClosuresField';
import type { SettingsField } from '../../../core/checks/finding';
import { SETTINGS_FIELD_SELECTOR } from '../checks/openSettings';

interface Props {
  desk: DeskApi;
  onSaved: (org: Organisation) => void;
  onClose: () => void;
  /** Focus this field once the settings have loaded: a check's fix sent the officer here for it. */
  focusField?: SettingsField;
}

type TextField = 'name' | 'shortName' | 'contactEmail' | 'website';

const TEXT_FIELDS: { key: TextField; label: string; hint: string; type?: string }[] = [
  { key: 'name', label: 'Name', hint: 'As it appears in letters: fills {{org.name}} in every clause.' },
  { key: 'shortName', label: 'Short name', hint: 'For example "IOPC": fills {{org.shortName}}.' },
  { key: 'contactEmail', label: 'Contact email', hint: 'Where requesters write: fills {{org.contactEmail}}.', type: 'email' },
  { key: 'website', label: 'Website', hint: 'For example https://www.example.gov.uk', type: 'url' },
];

/**
 * The organisation's details, kept once for the whole workspace: every clause filled after saving
 * uses them ({{org.*}}), and the cost tier fixes the s12 figures (£600 / 24 hours or £450 / 18 hours).
 */
export function OrganisationForm({ desk, onSaved, onClose, focusField }: Props) {
  const [org, setOrg] = useState<Organisation | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    desk.getWorkspace({}).then((w) => setOrg(w.organisation), (err) => setStatus({ text: errorMessage(err), error: true }));
  }, [desk]);

  const loaded = org !== null;
  useEffect(() => {
    if (!loaded || !focusField) return;
    const el = document.querySelector<HTMLElement>(SETTINGS_FIELD_SELECTOR[focusField]);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [loaded, focusField]);

  if (!org) return <p role="status" className="muted">{status?.text ?? 'Loading settings…'}</p>;
  const set = (patch: Partial<Organisation>) => setOrg({ ...org, ...patch });
  const variations = org.timeLimitVariations ?? [];

  return (
    <form
      className="new-case-form organisation-form"
      aria-labelledby="settings-title"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const saved = await desk.saveOrganisation(org);
          setOrg(saved);
          void refreshLibrary(desk);
          setStatus({ text: 'Settings saved. Clauses filled from now on use them.', error: false });
          onSaved(saved);
        } catch (err) {
          setStatus({ text: saveErrorText(err), error: true });
        }
      }}
    >
      <h1 id="settings-title">Organisation settings</h1>
      <p className="hint">These details fill the organisation's part of every clause and letter.</p>
      {TEXT_FIELDS.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`org-${f.key}`}>{f.label}</label>
          <input id={`org-${f.key}`} type={f.type ?? 'text'} value={org[f.key]} aria-describedby={`org-${f.key}-hint`} required={f.key === 'name'} onChange={(e) => set({ [f.key]: e.target.value })} />
          <span id={`org-${f.key}-hint`} className="hint">{f.hint}</span>
        </div>
      ))}
      <div className="field">
        <label htmlFor="org-address">Postal address</label>
        <textarea id="org-address" rows={3} value={org.address} onChange={(e) => set({ address: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="org-review">Internal review address</label>
        <textarea id="org-review" rows={3} value={org.reviewAddress} aria-describedby="org-review-hint" onChange={(e) => set({ reviewAddress: e.target.value })} />
        <span id="org-review-hint" className="hint">Where to ask for an internal review (an email or postal address): fills {'{{org.reviewAddress}}'}.</span>
      </div>
      <div className="field">
        <label htmlFor="org-letter-opening">Letter opening</label>
        <textarea id="org-letter-opening" rows={3} value={org.letterOpening ?? DEFAULT_LETTER_OPENING} aria-describedby="org-letter-opening-hint" onChange={(e) => set({ letterOpening: e.target.value })} />
        <span id="org-letter-opening-hint" className="hint">
          Every new letter starts with this; each case can change its own. {'{{received}}'} is the day the request arrived (3 June 2024), {'{{title}}'} the case title as it reads in a sentence, {'{{law}}'} the Act or Regulations.
        </span>
      </div>
      <div className="field">
        <label htmlFor="org-letter-signoff">Letter sign-off</label>
        <textarea id="org-letter-signoff" rows={4} value={org.letterSignOff ?? DEFAULT_LETTER_SIGN_OFF} aria-describedby="org-letter-signoff-hint" onChange={(e) => set({ letterSignOff: e.target.value })} />
        <span id="org-letter-signoff-hint" className="hint">The closing words, then who signs, one a line: for example your team's name. {'{{org.name}}'} is the organisation's name.</span>
      </div>
      <div className="field">
        <label htmlFor="org-public-contacts">Public contact details in your letters</label>
        <textarea id="org-public-contacts" rows={3} value={(org.publicContacts ?? []).join('\n')} aria-describedby="org-public-contacts-hint" onChange={(e) => set({ publicContacts: e.target.value.split('\n') })} />
        <span id="org-public-contacts-hint" className="hint">One a line: your own phone numbers, and other public bodies' addresses you refer requesters to. Postcodes and phone numbers in them are not treated as personal data. The regulators' and police forces' details are built in.</span>
      </div>
      <fieldset className="field">
        <legend>Cost limit (section 12)</legend>
        <label className="field inline">
          <input type="radio" name="cost-tier" checked={org.costTier === 'central'} onChange={() => set({ costTier: 'central' })} /> Listed in Part I of Schedule 1 to FOIA ({PART_I_BODIES}): £600 (24 hours)
        </label>
        <label className="field inline">
          <input type="radio" name="cost-tier" checked={org.costTier === 'other'} onChange={() => set({ costTier: 'other' })} /> Any other public authority: £450 (18 hours)
        </label>
      </fieldset>
      <fieldset className="field">
        <legend>Time limits that differ from 20 working days (FOIA)</legend>
        <p className="hint">
          The Time for Compliance Regulations (SI 2004/3364 and SI 2010/2768) change the limit for schools and for some requests. Tick those this body uses: a school's rule applies to all its FOIA requests; the others are chosen on each case.
        </p>
        {TimeLimitVariationSchema.options.map((v) => (
          <label className="field inline" key={v}>
            <input
              type="checkbox"
              checked={variations.includes(v)}
              onChange={(e) => set({ timeLimitVariations: e.target.checked ? [...variations, v] : variations.filter((x) => x !== v) })}
            />{' '}
            {TIME_LIMIT_VARIATION_LABELS[v]}
          </label>
        ))}
      </fieldset>
      {variations.includes('school') && <SchoolClosuresField closures={org.schoolClosures ?? []} onChange={(schoolClosures) => set({ schoolClosures })} />}
      <div className="field">
        <label className="inline">
          <input type="checkbox" checked={org.approvalRequired ?? false} aria-describedby="org-approval-hint" onChange={(e) => set({ approvalRequired: e.target.checked })} /> Approval required before sending
        </label>
        <span id="org-approval-hint" className="hint">A case can be marked sent only once a reviewer has approved it (mark it Ready for review, and a reviewer approves it on the case). Any change to an answer after approval needs approving again.</span>
      </div>
      <div className="field">
        <label htmlFor="org-regime">Usual regime for new cases</label>
        <select id="org-regime" value={org.defaultRegime} onChange={(e) => set({ defaultRegime: RegimeSchema.parse(e.target.value) })}>
          {RegimeSchema.options.map((r) => <option key={r} value={r}>{REGIME_LABELS[r]}</option>)}
        </select>
      </div>
      <p role="status" aria-live="polite" className={status?.error ? 'field-error' : 'hint'}>{status?.text ?? ''}</p>
      <div className="actions">
        <button type="submit" className="primary">Save settings</button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </form>
  );
}
