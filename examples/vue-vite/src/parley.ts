// src/parley.ts: where the backend lives; the plugin's client, and so the widget, talk to it.
export const parley = {
  baseUrl: import.meta.env.VITE_PARLEY_BASE_URL ?? 'http://localhost:8787',
  widgetKey: 'wk_demo',
};
