import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installShareLinkOpener } from './state/shareLink.ts';
import { installTestApi } from './state/testApi.ts';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installTestApi();
// Before the first render: a link's design replaces the autosaved one without a flash.
installShareLinkOpener();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
