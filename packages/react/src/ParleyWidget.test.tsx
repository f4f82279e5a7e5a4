import { act, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParleyWidget } from './ParleyWidget';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

// Wiring only: the widget's launcher renders whether or not its configuration ever arrives.
const fetchConfig: typeof fetch = () => new Promise(() => undefined);
const widgetHosts = () => document.querySelectorAll('[data-parley-widget]');

afterEach(() => {
  document.body.replaceChildren();
});

describe('<ParleyWidget> for React', () => {
  it('mounts one widget while rendered (also under StrictMode) and removes it on unmount', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <StrictMode>
          <ParleyWidget baseUrl="https://support.example.com" widgetKey="wk_demo" fetch={fetchConfig} />
        </StrictMode>,
      );
    });
    expect(widgetHosts()).toHaveLength(1);
    expect(widgetHosts()[0]?.shadowRoot?.querySelector('button[aria-label="Help"]')).not.toBeNull();
    await act(async () => root.unmount());
    expect(widgetHosts()).toHaveLength(0);
  });

  it('remounts when the widget key changes, not on every render', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const render = (widgetKey: string) =>
      act(async () =>
        root.render(
          <ParleyWidget baseUrl="https://support.example.com" widgetKey={widgetKey} fetch={fetchConfig} />,
        ),
      );
    await render('wk_demo');
    const first = widgetHosts()[0];
    await render('wk_demo');
    expect(widgetHosts()[0]).toBe(first);
    await render('wk_other');
    expect(widgetHosts()).toHaveLength(1);
    expect(widgetHosts()[0]).not.toBe(first);
    await act(async () => root.unmount());
  });

  it('reports options it cannot use in the console, and the page goes on', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<ParleyWidget widgetKey="wk_demo" />));
    expect(errors).toHaveBeenCalledWith(
      '[parley] <ParleyWidget> could not mount the widget:',
      expect.any(Error),
    );
    expect(widgetHosts()).toHaveLength(0);
    await act(async () => root.unmount());
    errors.mockRestore();
  });

  it('renders nothing on the server and touches no document', () => {
    expect(renderToString(<ParleyWidget baseUrl="https://support.example.com" widgetKey="wk_demo" />)).toBe(
      '',
    );
  });
});
