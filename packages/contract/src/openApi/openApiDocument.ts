import { agentOperations } from '../agent/agentOperations';
import { attachmentOperations } from '../attachments/attachmentOperations';
import { Problem } from '../common/Problem';
import { configOperations } from '../config/configOperations';
import { conversationOperations } from '../conversations/conversationOperations';
import { eventOperations } from '../events/eventOperations';
import { RealtimeEvent } from '../events/eventSchemas';
import { knowledgeBaseOperations } from '../knowledgeBase/knowledgeBaseOperations';
import { sessionOperations } from '../session/sessionOperations';
import { ticketOperations } from '../tickets/ticketOperations';
import { createOpenApiDocument } from './createOpenApiDocument';
import { metaOperations } from './metaOperations';
import type { OperationSpec } from './OperationSpec';

/** The version of the contract; the document's `info.version`. */
export const contractVersion = '1.0.0';

/** Every operation of the contract, in document order. */
export const operations: readonly OperationSpec[] = [
  ...configOperations,
  ...sessionOperations,
  ...conversationOperations,
  ...attachmentOperations,
  ...eventOperations,
  ...ticketOperations,
  ...knowledgeBaseOperations,
  ...agentOperations,
  ...metaOperations,
];

/**
 * The contract as an OpenAPI 3.1 document (a plain JSON value). The reference server serves it at
 * `/v1/openapi.json`; the package also ships it as `@parley/contract/openapi.json`.
 */
export const openApiDocument: Readonly<Record<string, unknown>> = createOpenApiDocument(operations, {
  version: contractVersion,
  extraSchemas: [Problem, RealtimeEvent],
});
