import { createParleyHandlers } from '@parley/server/msw';
import type { Preview } from '@storybook/preact-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { adoptStyles } from '../packages/widget/src/styles/adoptStyles';

// Stories render the Preact components straight into the document (not through mount()'s shadow
// root), so Testing Library can reach them; the widget's sheet is scoped under `.parley` for this.
adoptStyles(document);

/** Page colours behind the widget, so the dark theme is judged on a dark page. */
const pageColours = {
  light: { background: '#f7f8fa', color: '#1c1f24' },
  dark: { background: '#0d0e10', color: '#eef0f3' },
} as const;

const preview: Preview = {
  // One service worker for the whole session, answering with the reference server's real engine over an
  // in-memory store (demo widget `wk_demo`, brand "Lumen"). Handlers given to setupWorker() survive the
  // reset between stories; a story's own `parameters.msw.handlers` come first.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...createParleyHandlers());
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
      return worker;
    }),
  ],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the widget and the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  decorators: [
    (Story, { globals, parameters }) => {
      const theme: keyof typeof pageColours = globals.theme === 'dark' ? 'dark' : 'light';
      const dir = globals.dir === 'rtl' ? 'rtl' : 'ltr';
      // The page's own direction and language, as a host page would set them.
      document.documentElement.dir = dir;
      document.documentElement.lang = typeof parameters.lang === 'string' ? parameters.lang : 'en';
      return (
        <div style={{ ...pageColours[theme], minBlockSize: '100vh', padding: '24px' }}>
          <Story />
        </div>
      );
    },
  ],
  parameters: {
    layout: 'fullscreen',
    // axe runs after each story's play function; any violation fails the story test.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
  },
};

export default preview;
