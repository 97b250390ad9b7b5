import { todayInUk, type SchoolClosure } from '../../../core/model';

interface Props {
  closures: SchoolClosure[];
  onChange: (closures: SchoolClosure[]) => void;
}

/**
 * A school's days with no session (holidays, closure and training days). Under SI 2004/3364 reg 3 they
 * do not count towards its 20 school days; the 60 working day limit runs whatever is entered here.
 */
export function SchoolClosuresField({ closures, onChange }: Props) {
  const update = (i: number, patch: Partial<SchoolClosure>) => onChange(closures.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="field school-closures">
      <legend>Days the school is closed</legend>
      <p className="hint" id="closures-hint">
        Holidays and closure days, first and last day included. Days not entered count as school days, so the date shown is never later than the law allows.
      </p>
      {closures.map((c, i) => (
        <div className="field-row" key={i} role="group" aria-label={`Closure ${i + 1}`}>
          <div className="field">
            <label htmlFor={`closure-${i}-name`}>Closure name</label>
            <input id={`closure-${i}-name`} value={c.name} placeholder="Summer holiday" onChange={(e) => update(i, { name: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`closure-${i}-from`}>First day</label>
            <input id={`closure-${i}-from`} type="date" required value={c.from} onChange={(e) => update(i, { from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`closure-${i}-to`}>Last day</label>
            <input id={`closure-${i}-to`} type="date" required value={c.to} onChange={(e) => update(i, { to: e.target.value })} />
          </div>
          <button type="button" onClick={() => onChange(closures.filter((_, j) => j !== i))}>Remove</button>
        </div>
      ))}
      <button type="button" aria-describedby="closures-hint" onClick={() => onChange([...closures, { from: todayInUk(), to: todayInUk(), name: '' }])}>
        Add closure days
      </button>
    </fieldset>
  );
}
