import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getDesk } from './desk';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const desk = getDesk();
root.render(
  <StrictMode>
    {desk ? (
      <App desk={desk} />
    ) : (
      <main className="fatal" role="alert">
        <h1>Disclosure Desk could not start</h1>
        <p>The window opened without its connection to your workspace. Close Disclosure Desk and open it again; if this keeps happening, reinstall it.</p>
      </main>
    )}
  </StrictMode>,
);
