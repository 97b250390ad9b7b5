import { useMemo, useState } from 'react';
import { citedSection, fillClause, type FillContext, type PoliceForce } from '../../../core/clauses';
import type { LibraryClause } from '../../../core/api/clauseContract';
import { isIsoDate } from '../../../core/deadlines/isoDate';
import { DateField } from '../ui/DateField';
import { Dialog } from '../ui/Dialog';
import { FilledText } from './FilledText';
import { fieldKind, initialValues, withLinkedWebsite } from './variableFields';

interface Props {
  clause: LibraryClause;
  existing?: Record<string, string>;
  context: FillContext;
  forces: readonly PoliceForce[];
  editing: boolean;
  onInsert: (values: Record<string, string>) => void;
  onRemove?: () => void;
  onClose: () => void;
}

/**
 * One field per variable of the clause, with a live preview of the wording. Fields may be left
 * empty: the gap stays in the answer as a highlighted "[reason]" for the checks to catch.
 */
export function ClauseFillForm({ clause, existing, context, forces, editing, onInsert, onRemove, onClose }: Props) {
  const [values, setValues] = useState(() => initialValues(clause.variables, existing));
  const filled = useMemo(() => fillClause(clause, values, context), [clause, values, context]);
  const section = citedSection(clause);
  const set = (name: string, value: string) => setValues((prev) => withLinkedWebsite({ ...prev, [name]: value }, clause.variables, name, forces, prev[name] ?? ''));

  return (
    <Dialog labelledBy="fill-title" describedBy="fill-hint" className="clause-fill" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onInsert(values);
        }}
      >
        <h2 id="fill-title">
          {section && <span className="palette-section">{section}</span>} {clause.title}
        </h2>
        <p id="fill-hint" className="hint">
          {clause.variables.length > 0 ? 'Fill in what this request needs. Anything left empty stays marked in the answer.' : 'This clause has nothing to fill in.'}
          {clause.notes && <> {clause.notes}</>}
        </p>
        <div className="fill-fields">
          {clause.variables.map((v, i) => {
            const id = `fill-${v.name}`;
            const kind = fieldKind(v);
            const common = { id, name: v.name, value: values[v.name] ?? '', autoFocus: i === 0 };
            // A date is typed the UK way with a calendar beside it (ui/DateField), which brings its own label.
            if (kind === 'date') {
              return <DateField key={v.name} id={id} label={v.prompt} value={isIsoDate(values[v.name]) ? values[v.name]! : null} onCommit={(d) => set(v.name, d ?? '')} />;
            }
            return (
              <div className="field" key={v.name}>
                <label htmlFor={id}>{v.prompt}</label>
                {kind === 'textarea' && <textarea {...common} rows={3} onChange={(e) => set(v.name, e.target.value)} />}
                {kind === 'select' && (
                  <select {...common} onChange={(e) => set(v.name, e.target.value)}>
                    <option value="">Choose…</option>
                    {v.choices?.map((choice) => (
                      <option key={choice} value={choice}>{choice}</option>
                    ))}
                  </select>
                )}
                {kind === 'text' && <input {...common} type="text" onChange={(e) => set(v.name, e.target.value)} />}
                {kind === 'number' && <input {...common} type="number" inputMode="numeric" onChange={(e) => set(v.name, e.target.value)} />}
                {kind === 'url' && <input {...common} type="url" placeholder="https://…" onChange={(e) => set(v.name, e.target.value)} />}
              </div>
            );
          })}
        </div>
        <h3 className="fill-preview-heading" id="fill-preview-heading">Wording</h3>
        <div className="fill-preview" role="region" aria-labelledby="fill-preview-heading">
          <FilledText text={filled.text} missing={filled.missing} />
        </div>
        {filled.missing.length > 0 && (
          <p className="hint" role="status">Still to fill: {filled.missing.map((m) => m.replace(/_/g, ' ')).join(', ')}.</p>
        )}
        <div className="actions">
          <button type="submit" className="primary">{editing ? 'Update' : 'Insert'}</button>
          <button type="button" onClick={onClose}>Cancel</button>
          {onRemove && (
            <button type="button" className="danger" onClick={onRemove}>Remove clause</button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
