import type { TicketRepository } from './TicketRepository';

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryTicketRepository(): TicketRepository {
  return {
    async seed() {},
    async reassignContact() {},
  };
}
