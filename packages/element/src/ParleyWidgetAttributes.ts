import type { ConsentState } from '@parley/core';
import type { WidgetTheme } from '@parley/widget';
import type { ParleyWidgetOptions } from './ParleyWidgetElement';
import type { ParleyWidgetEventMap } from './ParleyWidgetEventMap';

/**
 * The attributes of `<parley-widget>`, typed, for the JSX or template declarations of a framework (see
 * docs/web-component.md). Every one is optional to the type checker; without `widget-key` and `base-url`
 * the element shows nothing and reports why.
 */
export interface ParleyWidgetAttributes {
  /** Your widget's public key. A change mounts a new widget. */
  'widget-key'?: string;
  /** Where the Parley backend lives, an absolute http(s) URL. A change mounts a new widget. */
  'base-url'?: string;
  /** The visitor's language (BCP 47), applied live. @default the page's, then the browser's, then English */
  locale?: string;
  /** Colour scheme, applied live. @default the widget configuration's */
  theme?: WidgetTheme;
  /** Whether the panel is open (a boolean attribute), applied live and kept up to date. @default false */
  open?: boolean;
  /** Text direction of the widget (`auto`: the language's). A change mounts a new widget. @default 'auto' */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** The bottom corner of the launcher. A change mounts a new widget. @default the end of the line */
  position?: 'left' | 'right';
  /** A CSS selector for the page's own launcher, in place of the round button. */
  'launcher-element'?: string;
  /** Hides the widget's own launcher (a boolean attribute), applied live. @default false */
  'launcher-hidden'?: boolean;
  /** The visitor's consent to storage on their device; `granted`/`denied` apply live. @default 'granted' */
  consent?: ConsentState;
  /** CSP nonce for the `<style>` fallback of browsers without constructable stylesheets. */
  nonce?: string;
}

/**
 * The props of `<parley-widget>` in React 19's JSX: its attributes, the `options` property, and a listener
 * per event in React 19's form for custom elements (`onparley-open`, `onparley-conversation-start`...). Add
 * it to `React.JSX.IntrinsicElements` (see docs/web-component.md) for typed props and events.
 */
export type ParleyWidgetJsxProps = ParleyWidgetAttributes & {
  /** The `mount()` options no attribute carries (a property; read when the widget mounts). */
  options?: ParleyWidgetOptions;
} & {
  [Type in keyof ParleyWidgetEventMap as `on${Type}`]?: (event: ParleyWidgetEventMap[Type]) => void;
};
