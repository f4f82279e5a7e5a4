import type { ParleyClient } from '@parley/core';
import type { InjectionKey } from 'vue';

/**
 * Where {@link createParley} and {@link provideParley} put the client for {@link useParley} and
 * `<ParleyWidget>` to find.
 * @internal
 */
export const parleyKey: InjectionKey<ParleyClient> = Symbol('parley');
