import type { OperationSpec } from '../openApi/OperationSpec';

/** Operations of this domain. @internal */
export const agentOperations: readonly OperationSpec[] = [];
