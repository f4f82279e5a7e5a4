import { ParleyProvider } from '@parley/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HelpPanel } from './HelpPanel';
import './style.css';

const parley = {
  baseUrl: import.meta.env.VITE_PARLEY_BASE_URL ?? 'http://localhost:8787',
  widgetKey: 'wk_demo',
};

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ParleyProvider options={parley}>
      <HelpPanel />
    </ParleyProvider>
  </StrictMode>,
);
