/**
 * Keys the server makes for itself, such as the one that signs attachment download links: created at
 * random on first use and kept with the data, so they survive restarts and are shared by every server
 * process on the same database. Implementations: {@link createMemorySecretRepository} and
 * {@link createSqliteSecretRepository}.
 * @internal
 */
export interface SecretRepository {
  /**
   * The secret stored under `name`; when there is none yet, stores `create()` and returns it. Two callers
   * racing on a new name get the same value (the first one stored wins).
   */
  getOrCreate(name: string, create: () => string): Promise<string>;
}
