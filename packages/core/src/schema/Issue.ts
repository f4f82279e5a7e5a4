/**
 * What a schema throws: where the first problem is (object keys and list indexes from the root, such as
 * `['data', 3, 'author', 'name']`) and what was expected there (such as `a string of 0 to 200 characters`).
 * @internal
 */
export interface Issue {
  path: (string | number)[];
  expected: string;
}
