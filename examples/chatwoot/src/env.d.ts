/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Chatwoot's URL; `http://127.0.0.1:3100` (the fake of `fakeChatwoot.mjs`) when unset. */
  readonly VITE_CHATWOOT_URL?: string;
  /** The `inbox_identifier` of an API-channel inbox; `parley-example` (the fake's) when unset. */
  readonly VITE_CHATWOOT_INBOX?: string;
}
