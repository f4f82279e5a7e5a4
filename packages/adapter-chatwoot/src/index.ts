export type { ChatwootBackendOptions } from './chatwootBackend';
export { chatwootBackend } from './chatwootBackend';
