/**
 * What a schema throws: where the first problem is (object keys and list indexes from the root, such as
 * `['data', 3, 'author', 'name']`) and what was expected there, tersely, as it ends up in an error message
 * (such as `string 0-200`, `integer 1-5`, `list 0-10` or `open|resolved`).
 * @internal
 */
export interface Issue {
  path: (string | number)[];
  expected: string;
}
