// src/parley.ts: where the backend lives, shared by the plugin and the widget.
export const parley = {
  baseUrl: import.meta.env.VITE_PARLEY_BASE_URL ?? 'http://localhost:8787',
  widgetKey: 'wk_demo',
};
