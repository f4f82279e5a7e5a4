import type { AttachmentRepository } from './AttachmentRepository';

/** This domain's storage in plain objects; runs in browsers. @internal */
export function createMemoryAttachmentRepository(): AttachmentRepository {
  return {
    async seed() {},
  };
}
