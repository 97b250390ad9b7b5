import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { CaseFilter, DeskApi } from '../../core/api/contract';
import type { CaseSummary } from '../../core/model';
import { CASE_LIST_PAGE, CaseList } from './caseList/CaseList';
import { errorMessage } from './desk';
import { useShortcut } from './ui/useShortcut';

// The screens load after the case list has painted, each in its own chunk: they bring the working-day
// calendar (date-holidays and its tables, some 2 MB), the editor and the check rules, which the
// first paint does not need (issue 13). Each loads once; opening a second case reuses it.
const NewCaseForm = lazy(() => import('./newCase/NewCaseForm').then((m) => ({ default: m.NewCaseForm })));
const CaseScreen = lazy(() => import('./case/CaseScreen').then((m) => ({ default: m.CaseScreen })));
const LogMonthScreen = lazy(() => import('./log/LogMonthScreen').then((m) => ({ default: m.LogMonthScreen })));
const OrganisationForm = lazy(() => import('./settings/OrganisationForm').then((m) => ({ default: m.OrganisationForm })));

type View = { kind: 'welcome' } | { kind: 'new' } | { kind: 'log' } | { kind: 'case'; id: string } | { kind: 'settings' };

const LAST_CASE_KEY = 'desk.lastCase';

/** The app frame: the case list beside whatever the officer is working on. */
export function App({ desk }: { desk: DeskApi }) {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [filter, setFilter] = useState<CaseFilter>('open');
  const [search, setSearch] = useState('');
  // The list is read a page at a time (issue 13): one more than shown, to know whether to offer more.
  const [listLimit, setListLimit] = useState(CASE_LIST_PAGE);
  const [view, setView] = useState<View>(() => {
    const last = localStorage.getItem(LAST_CASE_KEY);
    return last ? { kind: 'case', id: last } : { kind: 'welcome' };
  });
  const [orgName, setOrgName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setCases(await desk.listCases({ filter, search, limit: listLimit + 1 }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [desk, filter, search, listLimit]);
  // A new filter or search starts again from the first page.
  const chooseFilter = useCallback((f: CaseFilter) => {
    setFilter(f);
    setListLimit(CASE_LIST_PAGE);
  }, []);
  const chooseSearch = useCallback((s: string) => {
    setSearch(s);
    setListLimit(CASE_LIST_PAGE);
  }, []);
  const showMore = useCallback(() => setListLimit((n) => n + CASE_LIST_PAGE), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    desk.getWorkspace({}).then((w) => setOrgName(w.organisation.name), (err) => setError(errorMessage(err)));
  }, [desk]);

  const openCase = useCallback(
    (id: string) => {
      localStorage.setItem(LAST_CASE_KEY, id);
      setView({ kind: 'case', id });
      // Answers autosave without telling the list; leaving a case is when its counts catch up.
      void refresh();
    },
    [refresh],
  );

  const closeCase = useCallback(() => {
    localStorage.removeItem(LAST_CASE_KEY);
    setView({ kind: 'welcome' });
  }, []);

  useShortcut('mod+n', () => setView({ kind: 'new' }));

  return (
    <div className="app">
      <a className="skip-link" href="#main">Skip to main content</a>
      <aside className="sidebar" aria-label="Cases">
        <header className="brand">
          <span className="brand-name">Disclosure Desk</span>
          {orgName && <span className="brand-org">{orgName}</span>}
        </header>
        <button type="button" className="primary new-case" onClick={() => setView({ kind: 'new' })} aria-keyshortcuts="Control+N">
          New case
        </button>
        <div className="nav-buttons">
          <button type="button" aria-current={view.kind === 'log' ? 'page' : undefined} onClick={() => setView({ kind: 'log' })}>
            Disclosure log
          </button>
          <button type="button" aria-current={view.kind === 'settings' ? 'page' : undefined} onClick={() => setView({ kind: 'settings' })}>
            Settings
          </button>
        </div>
        <CaseList
          cases={cases}
          limit={listLimit}
          onShowMore={showMore}
          filter={filter}
          onFilter={chooseFilter}
          search={search}
          onSearch={chooseSearch}
          selectedId={view.kind === 'case' ? view.id : null}
          onOpen={openCase}
        />
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {error && (
          <div className="banner error" role="alert">
            <p>{error}</p>
            <button type="button" onClick={() => setError(null)}>Dismiss</button>
          </div>
        )}
        {view.kind === 'welcome' && (
          <section className="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">Your requests</h1>
            <p>Choose a case from the list, or start a new one with <kbd>Ctrl</kbd>+<kbd>N</kbd>.</p>
          </section>
        )}
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          {view.kind === 'new' && (
            <NewCaseForm
              desk={desk}
              onCreated={(c) => {
                void refresh();
                openCase(c.id);
              }}
              onCancel={() => setView({ kind: 'welcome' })}
            />
          )}
          {view.kind === 'log' && <LogMonthScreen desk={desk} onCasesChanged={refresh} />}
          {view.kind === 'settings' && <OrganisationForm desk={desk} onSaved={(org) => setOrgName(org.name)} onClose={() => setView({ kind: 'welcome' })} />}
          {view.kind === 'case' && <CaseScreen key={view.id} desk={desk} caseId={view.id} onChanged={refresh} onMissing={closeCase} />}
        </Suspense>
      </main>
    </div>
  );
}
