import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Lumen help</h1>
      <p>
        The search box below is built with <code>useArticleSearch</code>; the widget in the corner is{' '}
        <code>&lt;ParleyWidget&gt;</code>, sharing the provider&apos;s client.
      </p>
      <App />
    </main>
  </StrictMode>,
);
