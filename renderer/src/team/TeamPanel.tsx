import { useEffect, useId, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { Assignment } from '../../../core/team/teamContract';
import type { Case } from '../../../core/model';
import { formatUkDate } from '../../../core/deadlines/ukDateFormat';
import { errorMessage } from '../desk';

interface Props {
  desk: DeskApi;
  c: Case;
  /** The answers with their labels, for a reviewer's comment ("Answer to question 2"). */
  answerLabels: { id: string; label: string }[];
  /** The case changed here (owner, sign-off, returned): the list and the screen read it again. */
  onChanged: (updated?: Case) => void;
}

const day = (iso: string) => formatUkDate(iso.slice(0, 10));

/**
 * Working together on the case (core/team): who owns it, with assign and reassign (recorded), and its
 * sign-off: a reviewer approves a case marked Ready for review, or returns it with a comment on an answer.
 */
export function TeamPanel({ desk, c, answerLabels, onChanged }: Props) {
  const id = useId();
  const [me, setMe] = useState('');
  const [owner, setOwner] = useState<string | null>(c.owner ?? null);
  const [typed, setTyped] = useState('');
  const [history, setHistory] = useState<Assignment[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [commentOn, setCommentOn] = useState(answerLabels[0]?.id ?? '');
  const [comment, setComment] = useState('');

  useEffect(() => setOwner(c.owner ?? null), [c.owner]);
  useEffect(() => {
    let live = true;
    void desk.whoAmI({}).then((w) => live && setMe(w.name), () => undefined);
    void desk.listAssignments({ id: c.id }).then((h) => live && setHistory(h), () => undefined);
    return () => {
      live = false;
    };
  }, [desk, c.id]);

  async function assign(to: string | null) {
    try {
      const done = await desk.assignCase({ id: c.id, owner: to });
      setOwner(done.owner);
      setHistory(done.assignments);
      setTyped('');
      setMessage(done.owner ? `Assigned to ${done.owner}.` : 'Now unassigned.');
      onChanged();
    } catch (err) {
      setMessage(errorMessage(err));
    }
  }

  async function approve() {
    try {
      onChanged(await desk.approveCase({ id: c.id }));
      setMessage('Approved for sending.');
    } catch (err) {
      setMessage(errorMessage(err));
    }
  }

  async function sendBack() {
    try {
      const updated = await desk.returnCase({ id: c.id, comments: [{ answerId: commentOn, text: comment }] });
      setReturning(false);
      setComment('');
      setMessage('Returned to the officer with your comment.');
      onChanged(updated);
    } catch (err) {
      setMessage(errorMessage(err));
    }
  }

  const last = history[0];
  return (
    <section className="team-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">Owner and sign-off</h2>
      <p className="team-owner">
        Owner: <strong data-testid="case-owner">{owner ?? 'Unassigned'}</strong>
        {last && <span className="muted"> · {last.owner ? `assigned to ${last.owner}` : 'unassigned'} by {last.by}, {day(last.at)}</span>}
      </p>
      <form
        className="team-assign"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) void assign(typed.trim());
        }}
      >
        <label htmlFor={`${id}-owner`}>Assign to</label>
        <input id={`${id}-owner`} value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Officer's name" autoComplete="off" />
        <button type="submit" disabled={!typed.trim()}>Assign</button>
        {me && owner !== me && <button type="button" onClick={() => void assign(me)}>Assign to me</button>}
        {owner && <button type="button" onClick={() => void assign(null)}>Unassign</button>}
      </form>
      <p className="team-signoff">
        Sign-off: <strong>{c.approval ? `Approved by ${c.approval.by}, ${day(c.approval.at)}` : c.status === 'in-review' ? 'Waiting for a reviewer' : c.status === 'sent' || c.status === 'closed' ? 'Not given before it was sent' : 'Not asked for yet (set the status to Ready for review)'}</strong>
        {c.status === 'in-review' && !c.approval && (
          <>
            {' '}
            <button type="button" onClick={() => void approve()}>Approve</button>
          </>
        )}
        {c.status !== 'sent' && c.status !== 'closed' && answerLabels.length > 0 && (
          <>
            {' '}
            <button type="button" aria-expanded={returning} onClick={() => setReturning(!returning)}>Return with a comment…</button>
          </>
        )}
      </p>
      {returning && (
        <form
          className="team-return"
          onSubmit={(e) => {
            e.preventDefault();
            void sendBack();
          }}
        >
          <label htmlFor={`${id}-answer`}>Answer</label>
          <select id={`${id}-answer`} value={commentOn} onChange={(e) => setCommentOn(e.target.value)}>
            {answerLabels.map((a) => (
              <option key={a.id} value={a.id}>{a.label}</option>
            ))}
          </select>
          <label htmlFor={`${id}-comment`}>Comment</label>
          <textarea id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
          <button type="submit" disabled={!comment.trim() || !commentOn}>Return to the officer</button>
        </form>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
