/**
 * Test helper: the `keyval` object store of database `name`, read straight from `factory` (bypassing the
 * storage under test), or `undefined` when the database was never created.
 * @internal
 */
export async function readIndexedDb(
  factory: IDBFactory,
  name: string,
): Promise<Record<string, unknown> | undefined> {
  if (!(await factory.databases()).some((database) => database.name === name)) return undefined;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('keyval')) return {};
    const store = db.transaction('keyval', 'readonly').objectStore('keyval');
    const [keys, values] = await Promise.all(
      [store.getAllKeys(), store.getAll()].map(
        (request) =>
          new Promise<unknown[]>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return Object.fromEntries((keys ?? []).map((key, index) => [String(key), values?.[index]]));
  } finally {
    db.close();
  }
}
