import type { WidgetConfig } from '@parley/contract';
import { describe, expectTypeOf, it } from 'vitest';
import type { Infer } from '../schema/Schema';
import type { widgetConfigSchema } from './widgetConfigSchema';

// Checked by `tsc -b` (packages/core/tsconfig.json includes every file under src, so `npm run build` and
// `npm run typecheck` fail): a field added, removed, renamed, made optional or nullable, or retyped on either
// side is an error here, and the message names the path that drifted (such as `capabilities.realtime`).
describe('widgetConfigSchema', () => {
  it('returns exactly the contract’s WidgetConfig', () => {
    expectTypeOf<Infer<typeof widgetConfigSchema>>().toEqualTypeOf<WidgetConfig>();
  });
});
