import type { SecretRepository } from './SecretRepository';

/** Secrets in a map, lost with the store (each memory store signs with its own keys). @internal */
export function createMemorySecretRepository(): SecretRepository {
  const secrets = new Map<string, string>();
  return {
    async getOrCreate(name, create) {
      let secret = secrets.get(name);
      if (secret === undefined) {
        secret = create();
        secrets.set(name, secret);
      }
      return secret;
    },
  };
}
