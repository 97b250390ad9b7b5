import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { CaseFilter, DeskApi } from '../../core/api/contract';
import type { CaseSummary } from '../../core/model';
import { CASE_LIST_PAGE, CaseList } from './caseList/CaseList';
import { teamQuery, type TeamView } from './team/teamView';
import { errorMessage } from './desk';
import { useShortcut } from './ui/useShortcut';
import { onOpenSettings } from './checks/openSettings';
import type { SettingsField } from '../../core/checks/finding';
import { LiveChangesContext, useWorkspaceChanges } from './live/useWorkspaceChanges';
import { changeNote } from './live/changeNote';

// The screens load after the case list has painted, each in its own chunk: they bring the working-day
// calendar (date-holidays and its tables, some 2 MB), the editor and the check rules, which the
// first paint does not need (issue 13). Each loads once; opening a second case reuses it.
const NewCaseForm = lazy(() => import('./newCase/NewCaseForm').then((m) => ({ default: m.NewCaseForm })));
const loadCaseScreen = () => import('./case/CaseScreen');
const CaseScreen = lazy(() => loadCaseScreen().then((m) => ({ default: m.CaseScreen })));
const LogMonthScreen = lazy(() => import('./log/LogMonthScreen').then((m) => ({ default: m.LogMonthScreen })));
const OrganisationForm = lazy(() => import('./settings/OrganisationForm').then((m) => ({ default: m.OrganisationForm })));
const GlobalSearch = lazy(() => import('./search/GlobalSearch').then((m) => ({ default: m.GlobalSearch })));
const ImportLogScreen = lazy(() => import('./logImport/ImportLogScreen').then((m) => ({ default: m.ImportLogScreen })));
const StatisticsScreen = lazy(() => import('./stats/StatisticsScreen').then((m) => ({ default: m.StatisticsScreen })));
const ConnectDialog = lazy(() => import('./team/ConnectDialog').then((m) => ({ default: m.ConnectDialog })));

type View = { kind: 'welcome' } | { kind: 'new' } | { kind: 'log' } | { kind: 'import-log' } | { kind: 'stats' } | { kind: 'case'; id: string } | { kind: 'settings'; field?: SettingsField; backTo?: string };

const LAST_CASE_KEY = 'desk.lastCase';

/** The app frame: the case list beside whatever the officer is working on. */
export function App({ desk }: { desk: DeskApi }) {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [filter, setFilter] = useState<CaseFilter>('open');
  const [search, setSearch] = useState('');
  // Whose cases (core/team): everyone's by default, so a single officer's list is as it always was.
  const [team, setTeam] = useState<TeamView>('everyone');
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
      setCases(await desk.listCases({ filter, search, limit: listLimit + 1, ...teamQuery(team) }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [desk, filter, search, listLimit, team]);
  const chooseTeam = useCallback((t: TeamView) => {
    setTeam(t);
    setListLimit(CASE_LIST_PAGE);
  }, []);
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

  // Once the list has painted, the case screen's code (the editor with it) loads while the officer
  // reads the list, so opening a case waits for its data, not for half a megabyte to parse (issue 13).
  const listShown = cases !== null;
  useEffect(() => {
    if (!listShown) return;
    const id = requestIdleCallback(() => void loadCaseScreen().catch(() => undefined), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [listShown]);

  // Live refresh (./live): another window's or officer's change refreshes the list at once, and a
  // polite line says what changed, without taking focus. The window's own saves need neither.
  const live = useWorkspaceChanges(desk);
  const [liveNote, setLiveNote] = useState('');
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(
    () =>
      live.subscribe((changes) => {
        const note = changeNote(changes);
        if (note === null) return;
        void refreshRef.current();
        setLiveNote(note);
      }),
    [live],
  );

  const openCase = useCallback(
    (id: string) => {
      localStorage.setItem(LAST_CASE_KEY, id);
      // A transition: the screen shown stays until the case screen's chunk has loaded, where an
      // urgent update would show the Loading… fallback, and React holds a fallback at least 300 ms
      // before it reveals what replaces it: most of the time it took to open a case (issue 13).
      startTransition(() => setView({ kind: 'case', id }));
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
  // Search everything (cases, questions, answers): Ctrl+Shift+F, also Edit > Search Everything… in the app's menu.
  const [searchOpen, setSearchOpen] = useState(false);
  useShortcut('mod+shift+f', () => setSearchOpen(true));
  // File > Import published log… in the app's menu presses this in the window. P for a published log:
  // Ctrl+Shift+L is the case screen's clause library, Ctrl+Shift+I the developer tools.
  useShortcut('mod+shift+p', () => setView({ kind: 'import-log' }));
  // View > Statistics in the app's menu presses this in the window. T for the quarterly tables:
  // Ctrl+Shift+S is the editor's "Save as clause" (renderer/src/ui/shortcuts.test.ts keeps keys unique).
  useShortcut('mod+shift+t', () => setView({ kind: 'stats' }));
  // File > Connect to Team Workspace… in the app's menu presses this in the window (renderer/src/team/ConnectDialog.tsx).
  const [connectOpen, setConnectOpen] = useState(false);
  useShortcut('mod+shift+k', () => setConnectOpen(true));
  // A check's fix ("Fill in the review address") opens Settings at that field.
  // Closing Settings then goes back to the case the officer was drafting.
  useEffect(() => onOpenSettings((field) => setView((v) => ({ kind: 'settings', field, ...(v.kind === 'case' ? { backTo: v.id } : {}) }))), []);

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
          <button type="button" aria-current={view.kind === 'stats' ? 'page' : undefined} aria-keyshortcuts="Control+Shift+T" title="Statistics (Ctrl+Shift+T)" onClick={() => setView({ kind: 'stats' })}>
            Statistics
          </button>
          <button type="button" aria-current={view.kind === 'settings' ? 'page' : undefined} onClick={() => setView({ kind: 'settings' })}>
            Settings
          </button>
          <button type="button" aria-keyshortcuts="Control+Shift+F" title="Search everything (Ctrl+Shift+F)" onClick={() => setSearchOpen(true)}>
            Search
          </button>
        </div>
        <CaseList
          desk={desk}
          cases={cases}
          limit={listLimit}
          onShowMore={showMore}
          filter={filter}
          onFilter={chooseFilter}
          team={team}
          onTeam={chooseTeam}
          search={search}
          onSearch={chooseSearch}
          selectedId={view.kind === 'case' ? view.id : null}
          onOpen={openCase}
          onCasesChanged={refresh}
        />
        <p className="live-note hint" role="status">{liveNote}</p>
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
        <LiveChangesContext.Provider value={live}>
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
          {view.kind === 'stats' && <StatisticsScreen desk={desk} />}
          {view.kind === 'import-log' && <ImportLogScreen desk={desk} onImported={() => chooseFilter('all')} onCancel={() => setView({ kind: 'welcome' })} />}
          {view.kind === 'settings' && <OrganisationForm desk={desk} focusField={view.field} onSaved={(org) => setOrgName(org.name)} onClose={() => setView(view.backTo ? { kind: 'case', id: view.backTo } : { kind: 'welcome' })} />}
          {view.kind === 'case' && <CaseScreen key={view.id} desk={desk} caseId={view.id} onChanged={refresh} onMissing={closeCase} onOpenCase={openCase} />}
        </Suspense>
        </LiveChangesContext.Provider>
        {connectOpen && (
          <Suspense fallback={null}>
            <ConnectDialog onClose={() => setConnectOpen(false)} />
          </Suspense>
        )}
        {searchOpen && (
          <Suspense fallback={null}>
            <GlobalSearch
              desk={desk}
              onClose={() => setSearchOpen(false)}
              onOpenCase={(id) => {
                setSearchOpen(false);
                openCase(id);
              }}
            />
          </Suspense>
        )}
      </main>
    </div>
  );
}
