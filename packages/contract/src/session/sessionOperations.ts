import type { OperationSpec } from '../openApi/OperationSpec';

/**
 * Operations of sessions and identity.
 * @internal
 */
export const sessionOperations: readonly OperationSpec[] = [];
