// What `tsc` knows of a single-file component: a component. (vue-tsc checks the components themselves.)
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  // biome-ignore lint/style/noDefaultExport: a single-file component is its module's default export
  export default component;
}
