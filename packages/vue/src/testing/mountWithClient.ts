import type { ParleyClient } from '@parley/core';
import { type App, type Component, createApp } from 'vue';
import { createParley } from '../createParley';

/** Mounts `component` in a new app that provides `client`, in a container on the document. */
export function mountWithClient(
  client: ParleyClient,
  component: Component,
): { app: App; element: HTMLElement } {
  const element = document.createElement('div');
  document.body.append(element);
  const app = createApp(component).use(createParley({ client }));
  app.mount(element);
  return { app, element };
}
