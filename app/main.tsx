import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installDesignSession, openStartupDesign } from './state/designSession.ts';
import { installDisplay } from './state/display.ts';
import { installShareLinkOpener } from './state/shareLink.ts';
import { installTestApi } from './state/testApi.ts';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installDisplay();
installTestApi();
// Before the first render, so the saved design shows without a flash: this tab's design, then a
// link's design opened beside it.
openStartupDesign();
installDesignSession();
installShareLinkOpener();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
