/** True in development builds; dead-code-eliminated from production bundles. */
declare const __DEV__: boolean;
