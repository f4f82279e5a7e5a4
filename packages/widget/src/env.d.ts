/** True in development builds; dead-code-eliminated from production and CDN bundles. */
declare const __DEV__: boolean;
