/**
 * Test helpers for the Chatwoot adapter: a fake Chatwoot (Client API + ActionCable) on 127.0.0.1.
 * Node only (`node:http`, `ws`); never import it from the package's runtime entry.
 */

export type {
  FakeChatwoot,
  FakeChatwootAgentOptions,
  FakeChatwootContactView,
  FakeChatwootFile,
  FakeChatwootInboxOptions,
  FakeChatwootOptions,
  FakeChatwootReplyOptions,
} from './createFakeChatwoot';
export { createFakeChatwoot } from './createFakeChatwoot';
export type {
  FakeChatwootAgent,
  FakeChatwootAttachment,
  FakeChatwootContact,
  FakeChatwootContactInbox,
  FakeChatwootConversation,
  FakeChatwootConversationStatus,
  FakeChatwootCsatResponse,
  FakeChatwootInbox,
  FakeChatwootMessage,
  FakeChatwootRequestRecord,
  FakeChatwootSender,
} from './fakeChatwootTypes';
