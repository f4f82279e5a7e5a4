// The bare Preact hello-world of bench:embed: Preact's published ESM build (served from node_modules) and
// one small component with a button, about what a launcher is. `data-bench-visible` is what the
// benchmark's probe waits for.
import { h, render } from '/vendor/preact/preact.mjs';

function Hello({ name }) {
  return h(
    'aside',
    { 'data-bench-visible': '', style: 'position:fixed;inset-block-end:20px;inset-inline-end:20px' },
    h('button', { type: 'button' }, `Hello, ${name}`),
  );
}

const host = document.createElement('div');
document.body.append(host);
render(h(Hello, { name: 'world' }), host);
