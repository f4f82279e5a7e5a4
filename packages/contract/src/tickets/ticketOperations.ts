import type { OperationSpec } from '../openApi/OperationSpec';

/** Operations of this domain. @internal */
export const ticketOperations: readonly OperationSpec[] = [];
