import type { ParleyClient } from '@parley/core';
import { createContext } from 'react';

/** The client of the nearest `<ParleyProvider>`, or `null` outside of one. @internal */
export const ParleyContext = createContext<ParleyClient | null>(null);
