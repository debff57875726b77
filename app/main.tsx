import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installTestApi } from './state/testApi.ts';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

installTestApi();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
