/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the Parley server is; `http://localhost:8787` (the reference server of `npm start`) when unset. */
  readonly VITE_PARLEY_BASE_URL?: string;
}
