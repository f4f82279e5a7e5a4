import type { OperationSpec } from '../openApi/OperationSpec';

/** Operations of this domain. @internal */
export const attachmentOperations: readonly OperationSpec[] = [];
