import { useMemo, useRef, useState } from 'react';
import {
  CLAUSE_KINDS,
  HARM_TESTS,
  REGIMES,
  SECTION_PATTERN,
  fillClause,
  parseClauseFile,
  type ClauseKind,
  type ClauseVariable,
  type FillContext,
  type HarmTest,
  type VariableType,
} from '../../../core/clauses';
import {
  KINDS_CITING_SECTION,
  REFUSAL_KINDS,
  blankableSelection,
  blanksInBody,
  clauseFileText,
  clauseIdFromTitle,
  variableNameFromPrompt,
  withBlank,
  withoutBlank,
  type ClauseDraft,
} from '../../../core/clauses/clauseDraft';
import { REGIME_LABELS, REGIME_NAMES } from '../../../core/model/regime';
import { errorMessage } from '../desk';
import { FilledText } from './FilledText';
import { KIND_LABELS } from './ClausePalette';

interface Props {
  /** The caller's heading for the form carries the id `${idPrefix}-heading`. */
  initial: ClauseDraft;
  /** A new clause takes its id from its title, avoiding these; an existing clause keeps its id. */
  isNew: boolean;
  takenIds: ReadonlySet<string>;
  context: FillContext;
  /** Prefix for element ids, so two forms never share one. */
  idPrefix: string;
  /** Saves the clause file; a rejection's message is shown at the form. */
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
  /** The expert view: the same clause as its Markdown file. */
  onEditAsMarkdown?: (text: string) => void;
}

const HARM_LABELS: Record<HarmTest, string> = {
  class: 'Class-based (no harm test)',
  prejudice: 'Prejudice',
  'substantial-prejudice': 'Substantial prejudice (Scotland)',
  'adverse-effect': 'Adverse effect (EIR)',
  endanger: 'Endangers health or safety',
  'required-for-safeguarding': 'Required for safeguarding national security',
  'reasonable-opinion': 'Reasonable opinion of a qualified person',
  'actionable-breach': 'Actionable breach of confidence',
  none: 'None',
};

const TYPE_LABELS: Record<VariableType, string> = { text: 'Words', date: 'Date', number: 'Number', link: 'Web address', choice: 'Choice from a list' };
const TYPES: VariableType[] = ['text', 'date', 'number', 'link', 'choice'];

/**
 * An officer's own clause as a form: title, kind, regimes, the wording, and its blanks. A blank is
 * made by selecting words in the wording and giving the question the officer filling it will be
 * asked; its name comes from that question. What is saved is the Markdown file (clauseFileText),
 * which "Edit as Markdown" shows for the expert.
 */
export function ClauseForm({ initial, isNew, takenIds, context, idPrefix, onSave, onCancel, onEditAsMarkdown }: Props) {
  const [draft, setDraft] = useState<ClauseDraft>(initial);
  // The words each blank replaced, so removing the blank puts them back.
  const [replaced, setReplaced] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<{ from: number; to: number; text: string; prompt: string } | null>(null);
  const [selectionProblem, setSelectionProblem] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const wording = useRef<HTMLTextAreaElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;

  const set = <K extends keyof ClauseDraft>(key: K, value: ClauseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setVariable = (index: number, change: Partial<ClauseVariable>) =>
    setDraft((d) => ({ ...d, variables: d.variables.map((v, i) => (i === index ? tidyVariable({ ...v, ...change }) : v)) }));

  const toSave = useMemo(() => finalDraft(draft, isNew, takenIds), [draft, isNew, takenIds]);
  const problems = useMemo(() => problemsOf(draft, toSave), [draft, toSave]);
  const preview = useMemo(() => fillClause({ body: draft.body, variables: draft.variables }, {}, context), [draft.body, draft.variables, context]);
  const needsSection = KINDS_CITING_SECTION.has(draft.kind) || Boolean(draft.section);

  function startBlank() {
    const area = wording.current;
    const selection = area ? blankableSelection(draft.body, area.selectionStart, area.selectionEnd) : null;
    if (!selection || !selection.ok) {
      setSelectionProblem(selection?.reason ?? 'Select the words to turn into a blank first.');
      area?.focus();
      return;
    }
    setSelectionProblem(null);
    setPending({ from: selection.from, to: selection.to, text: selection.text, prompt: '' });
  }

  function addBlank() {
    if (!pending) return;
    if (pending.prompt.trim() === '') {
      setSelectionProblem('Write the question the officer will be asked for this blank.');
      return;
    }
    const name = variableNameFromPrompt(pending.prompt, [...draft.variables.map((v) => v.name), ...blanksInBody(draft.body)]);
    setDraft((d) => ({ ...d, body: withBlank(d.body, pending.from, pending.to, name), variables: [...d.variables, { name, prompt: pending.prompt.trim(), type: 'text' }] }));
    setReplaced((r) => ({ ...r, [name]: pending.text }));
    setPending(null);
    setSelectionProblem(null);
    setAnnounce(`“${pending.text}” is now the blank [${name.replace(/_/g, ' ')}].`);
    wording.current?.focus();
  }

  function removeBlank(index: number) {
    const variable = draft.variables[index];
    if (!variable) return;
    const back = replaced[variable.name] ?? `[${variable.name.replace(/_/g, ' ')}]`;
    setDraft((d) => ({ ...d, body: withoutBlank(d.body, variable.name, back), variables: d.variables.filter((_, i) => i !== index) }));
    setAnnounce(`The blank [${variable.name.replace(/_/g, ' ')}] is “${back}” again.`);
  }

  async function submit() {
    setAttempted(true);
    setSaveError(null);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      await onSave(clauseFileText(toSave));
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="clause-form"
      noValidate
      aria-labelledby={id('heading')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={id('title')}>Title</label>
        <input id={id('title')} value={draft.title} autoFocus={isNew} onChange={(e) => set('title', e.target.value)} aria-describedby={id('title-hint')} />
        <span id={id('title-hint')} className="hint">
          {isNew ? `What officers will type to find it in the palette. Saved as “${toSave.id}”.` : `Saved as “${draft.id}”, version ${draft.version + 1}.`}
        </span>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('kind')}>Kind</label>
          <select id={id('kind')} value={draft.kind} onChange={(e) => setDraft((d) => withKind(d, e.target.value as ClauseKind))}>
            {CLAUSE_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </div>
        {needsSection && (
          <div className="field">
            <label htmlFor={id('section')}>Section</label>
            <input id={id('section')} value={draft.section ?? ''} placeholder="31(1)(a)" aria-describedby={id('section-hint')} onChange={(e) => set('section', e.target.value === '' ? undefined : e.target.value.trim())} />
            <span id={id('section-hint')} className="hint">As the law numbers it: 31(1)(a), 40(5B), 12(5)(e).</span>
          </div>
        )}
      </div>
      {REFUSAL_KINDS.has(draft.kind) && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={id('harm')}>Test</label>
            <select id={id('harm')} value={draft.harm} onChange={(e) => set('harm', e.target.value as HarmTest)}>
              {HARM_TESTS.filter((h) => h !== 'none').map((h) => <option key={h} value={h}>{HARM_LABELS[h]}</option>)}
            </select>
          </div>
          <label className="field inline">
            <input type="checkbox" checked={draft.absolute} onChange={(e) => set('absolute', e.target.checked)} /> Absolute (no public interest test)
          </label>
        </div>
      )}
      <fieldset className="clause-form-regimes">
        <legend>Regimes</legend>
        {REGIMES.map((r) => (
          <label key={r} className="field inline">
            <input
              type="checkbox"
              checked={draft.regimes.includes(r)}
              onChange={(e) => set('regimes', e.target.checked ? REGIMES.filter((x) => x === r || draft.regimes.includes(x)) : draft.regimes.filter((x) => x !== r))}
            />{' '}
            <abbr title={REGIME_NAMES[r]}>{REGIME_LABELS[r]}</abbr>
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={id('wording')}>Wording</label>
        <textarea
          id={id('wording')}
          ref={wording}
          rows={6}
          value={draft.body}
          aria-describedby={id('wording-hint')}
          onChange={(e) => set('body', e.target.value)}
          onKeyDown={(e) => {
            // Alt+B: the same as the button, without leaving the wording.
            if (e.altKey && e.key.toLowerCase() === 'b') {
              e.preventDefault();
              startBlank();
            }
          }}
        />
        <span id={id('wording-hint')} className="hint">
          Select words that change from case to case and choose Make this a blank (Alt+B). An empty line starts a new paragraph.
        </span>
      </div>
      <div className="clause-form-blank-tools">
        <button type="button" aria-keyshortcuts="Alt+B" onMouseDown={(e) => e.preventDefault()} onClick={startBlank}>Make this a blank</button>
        {pending && (
          <span className="clause-form-pending" role="group" aria-label={`New blank for “${pending.text}”`}>
            <label htmlFor={id('prompt')}>Question for “{pending.text}”</label>
            <input
              id={id('prompt')}
              autoFocus
              value={pending.prompt}
              placeholder="e.g. The name of the police force"
              onChange={(e) => setPending({ ...pending, prompt: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addBlank();
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setPending(null);
                  wording.current?.focus();
                }
              }}
            />
            <button type="button" onClick={addBlank}>Add blank</button>
            <button type="button" onClick={() => setPending(null)}>Cancel blank</button>
          </span>
        )}
      </div>
      {selectionProblem && <p className="field-error" role="alert">{selectionProblem}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">{announce}</p>

      <fieldset className="clause-form-blanks">
        <legend>Blanks</legend>
        {draft.variables.length === 0 && <p className="hint">No blanks: the clause goes into the answer as it is.</p>}
        <ol>
          {draft.variables.map((v, i) => {
            const label = `[${v.name.replace(/_/g, ' ')}]`;
            const unused = !blanksInBody(draft.body).includes(v.name);
            return (
              <li key={v.name} className="clause-form-blank">
                <div className="field-row">
                  <div className="field">
                    <label htmlFor={id(`prompt-${i}`)}>Question for {label}</label>
                    <input id={id(`prompt-${i}`)} value={v.prompt} onChange={(e) => setVariable(i, { prompt: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={id(`type-${i}`)}>Answer is</label>
                    <select id={id(`type-${i}`)} value={v.type} onChange={(e) => setVariable(i, { type: e.target.value as VariableType })}>
                      {TYPES.map((t) => <option key={t} value={t}>{TYPE_LABELS[t]}</option>)}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={id(`default-${i}`)}>Suggested answer (optional)</label>
                    <input id={id(`default-${i}`)} value={v.default === undefined ? '' : String(v.default)} onChange={(e) => setVariable(i, { default: e.target.value === '' ? undefined : e.target.value })} />
                  </div>
                </div>
                {v.type === 'choice' && (
                  <div className="field">
                    <label htmlFor={id(`choices-${i}`)}>Choices for {label}, one a line</label>
                    <textarea id={id(`choices-${i}`)} rows={3} value={(v.choices ?? []).join('\n')} onChange={(e) => setVariable(i, { choices: e.target.value.split('\n') })} />
                  </div>
                )}
                {unused && <p className="hint">{label} is no longer in the wording: it will be dropped when you save.</p>}
                <button type="button" onClick={() => removeBlank(i)}>Remove blank {label}</button>
              </li>
            );
          })}
        </ol>
      </fieldset>

      <h3 id={id('preview-heading')} className="fill-preview-heading">Preview</h3>
      <div className="fill-preview" role="region" aria-labelledby={id('preview-heading')}>
        <FilledText text={preview.text} missing={preview.missing} />
      </div>

      {attempted && problems.length > 0 && (
        <ul className="clause-problems" role="alert" aria-label="Fix these before saving">
          {problems.map((p, i) => <li key={i} className="error">{p}</li>)}
        </ul>
      )}
      {saveError && <p className="field-error" role="alert">{saveError}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>Save clause</button>
        <button type="button" onClick={onCancel}>Cancel</button>
        {onEditAsMarkdown && (
          <button type="button" onClick={() => onEditAsMarkdown(clauseFileText(toSave))}>Edit as Markdown</button>
        )}
      </div>
    </form>
  );
}

/** A refusal kind needs a harm test other than "none"; leaving one clears what no longer applies. */
function withKind(d: ClauseDraft, kind: ClauseKind): ClauseDraft {
  if (REFUSAL_KINDS.has(kind)) return { ...d, kind, harm: d.harm === 'none' ? 'class' : d.harm };
  return { ...d, kind, absolute: false, harm: 'none' };
}

/** Choices only for a choice; a default that is not one of the choices is dropped rather than refused. */
function tidyVariable(v: ClauseVariable): ClauseVariable {
  const { choices, ...rest } = v;
  if (v.type !== 'choice') return rest;
  return { ...rest, choices: choices ?? [''] };
}

/** The draft as it will be written: its id for a new clause, unused blanks dropped, choices trimmed. */
function finalDraft(draft: ClauseDraft, isNew: boolean, takenIds: ReadonlySet<string>): ClauseDraft {
  const used = new Set(blanksInBody(draft.body));
  const variables = draft.variables
    .filter((v) => used.has(v.name))
    .map((v) => {
      const prompt = v.prompt.trim();
      if (v.type !== 'choice') return { ...v, prompt };
      const choices = (v.choices ?? []).map((c) => c.trim()).filter((c) => c !== '');
      const keepDefault = v.default !== undefined && choices.includes(String(v.default));
      const { default: _d, ...rest } = v;
      return { ...rest, prompt, choices, ...(keepDefault ? { default: v.default } : {}) };
    });
  return {
    ...draft,
    id: isNew ? clauseIdFromTitle(draft.title, takenIds) : draft.id,
    title: draft.title.trim(),
    variables,
  };
}

/** What stops the clause being saved, in the form's words (not the file's line numbers). */
function problemsOf(draft: ClauseDraft, toSave: ClauseDraft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push('Give the clause a title.');
  if (draft.regimes.length === 0) problems.push('Tick at least one regime the clause is for.');
  if (draft.body.trim() === '') problems.push('Write the wording of the clause.');
  if (KINDS_CITING_SECTION.has(draft.kind) && !draft.section) problems.push(`A ${KIND_LABELS[draft.kind]?.toLowerCase()} clause must cite its section, for example 31(1)(a).`);
  if (draft.section && !SECTION_PATTERN.test(draft.section)) problems.push(`“${draft.section}” is not a section: write it as the law numbers it, for example 31(1)(a), 22A or 40(5B).`);
  const declared = new Set(draft.variables.map((v) => v.name));
  for (const name of blanksInBody(draft.body)) {
    if (!declared.has(name)) problems.push(`The wording has {{${name}}}, which is not one of its blanks: delete the braces, or select the words and make them a blank.`);
  }
  toSave.variables.forEach((v) => {
    const label = `[${v.name.replace(/_/g, ' ')}]`;
    if (v.prompt === '') problems.push(`Write the question for the blank ${label}.`);
    if (v.type === 'choice' && (v.choices ?? []).length === 0) problems.push(`Give the choices for the blank ${label}.`);
  });
  if (problems.length > 0) return problems;
  // Anything the form does not catch itself, from the same parser the library uses.
  const parsed = parseClauseFile(`${toSave.id}.md`, clauseFileText(toSave));
  return parsed.errors.filter((e) => e.severity === 'error').map((e) => e.message);
}

