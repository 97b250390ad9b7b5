import { useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { CASE_CHANNEL_LABELS, CaseChannelSchema, channelOf, type Case } from '../../../core/model';
import { saveErrorText } from '../ui/fieldErrorText';
import { useSentEditGuard } from '../history/SentEditGuard';

interface Props {
  desk: DeskApi;
  c: Case;
  onSaved: (channel: Case['channel']) => void;
}

/**
 * How the request came (email, WhatDoTheyKnow, post, web form), saved as soon as it is chosen. It decides
 * where the answer goes and how the letter greets a WhatDoTheyKnow pseudonym.
 */
export function ChannelField({ desk, c, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  // A sent case changes only with a reason (history/SentEditGuard).
  const guard = useSentEditGuard();
  function choose(value: string) {
    guard.whenAllowed(() => void save(value));
  }
  async function save(value: string) {
    setError(null);
    try {
      const updated = await desk.updateCase({ id: c.id, patch: { channel: CaseChannelSchema.parse(value) } });
      onSaved(updated.channel);
    } catch (err) {
      setError(saveErrorText(err));
    }
  }
  return (
    <div className="field channel-field">
      <label htmlFor="case-channel">Channel</label>
      <select id="case-channel" value={channelOf(c)} onChange={(e) => void choose(e.target.value)} aria-describedby={error ? 'case-channel-error' : undefined}>
        {CaseChannelSchema.options.map((option) => (
          <option key={option} value={option}>{CASE_CHANNEL_LABELS[option]}</option>
        ))}
      </select>
      {error && <p id="case-channel-error" className="banner error" role="alert">{error}</p>}
    </div>
  );
}
