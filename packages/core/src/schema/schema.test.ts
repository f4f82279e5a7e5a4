import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../errors/ParleyError';
import { validate } from '../transport/validate';
import { array } from './array';
import { boolean } from './boolean';
import { check } from './check';
import type { Issue } from './Issue';
import { integer } from './integer';
import { nullable } from './nullable';
import { number } from './number';
import { object } from './object';
import { oneOf } from './oneOf';
import { optional } from './optional';
import { record } from './record';
import type { Schema } from './Schema';
import { string } from './string';
import { tagged } from './tagged';

/** The issue `schema` throws for `input` (fails the test when it throws none). */
function issueOf(schema: Schema, input: unknown): Issue {
  try {
    schema(input);
  } catch (issue) {
    return issue as Issue;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

/** Where the issue is, as the error message spells it. */
const pathOf = (schema: Schema, input: unknown) => issueOf(schema, input).path.join('.');

describe('string', () => {
  it('accepts a string within its bounds and refuses anything else', () => {
    const id = string(5, 2);
    expect(id('ab')).toBe('ab');
    expect(id('abcde')).toBe('abcde');
    for (const input of ['a', 'abcdef', 12, null, undefined, ['ab'], { length: 3 }, new String('abc')]) {
      expect(issueOf(id, input)).toEqual({ path: [], expected: 'string 2-5' });
    }
  });

  it('tests its pattern, and says so', () => {
    const link = string(100, 0, /^https?:/i);
    expect(link('HTTPS://example.com')).toBe('HTTPS://example.com');
    expect(issueOf(link, 'javascript:alert(1)').expected).toBe('string 0-100 /^https?:/i');
  });

  it('refuses a 10 MB string on its length, without running the pattern', () => {
    const pattern = /^x+$/;
    const test = vi.spyOn(pattern, 'test');
    expect(issueOf(string(2048, 0, pattern), 'x'.repeat(10 * 1024 * 1024)).expected).toMatch(/0-2048/);
    expect(test).not.toHaveBeenCalled();
  });
});

describe('number, integer and boolean', () => {
  it('number accepts finite numbers only', () => {
    expect(number(-1.5)).toBe(-1.5);
    for (const input of [Number.NaN, Number.POSITIVE_INFINITY, '1', null, true]) {
      expect(issueOf(number, input).expected).toBe('number');
    }
  });

  it('integer keeps to whole numbers within its range', () => {
    const score = integer(1, 5);
    expect(score(1)).toBe(1);
    expect(score(5)).toBe(5);
    for (const input of [0, 6, 2.5, '3', Number.NaN, null]) {
      expect(issueOf(score, input).expected).toBe('integer 1-5');
    }
    expect(integer(0)(2 ** 40)).toBe(2 ** 40);
    expect(issueOf(integer(0), -1).expected).toBe('integer 0-Infinity');
  });

  it('boolean accepts true and false only', () => {
    expect(boolean(false)).toBe(false);
    for (const input of [0, 'true', null, undefined])
      expect(issueOf(boolean, input).expected).toBe('boolean');
  });

  it('check makes a schema of any test', () => {
    const even = check<number>(
      (input) => Number.isInteger(input) && (input as number) % 2 === 0,
      'an even number',
    );
    expect(even(4)).toBe(4);
    expect(issueOf(even, 3)).toEqual({ path: [], expected: 'an even number' });
  });
});

describe('oneOf', () => {
  it('accepts exactly its words, and names them', () => {
    const status = oneOf('open|resolved');
    expect(status('open')).toBe('open');
    expect(status('resolved')).toBe('resolved');
    for (const input of ['Open', 'closed', 'open|resolved', '', null, ['open'], { toString: () => 'open' }]) {
      expect(issueOf(status, input).expected).toBe('open|resolved');
    }
  });
});

describe('nullable and optional', () => {
  it('nullable lets null through and checks anything else', () => {
    const name = nullable(string(3));
    expect(name(null)).toBeNull();
    expect(name('Ada')).toBe('Ada');
    expect(issueOf(name, undefined).expected).toBe('string 0-3');
  });

  it('optional leaves an absent key out of the output, and checks a present one', () => {
    const person = object({ name: string(10), nickname: optional(string(3)) });
    const anonymous = person({ name: 'Ada' });
    expect(anonymous).toEqual({ name: 'Ada' });
    expect('nickname' in anonymous).toBe(false);
    expect(person({ name: 'Ada', nickname: 'A' })).toEqual({ name: 'Ada', nickname: 'A' });
    // Absent is not null, and a present value must be valid.
    expect(pathOf(person, { name: 'Ada', nickname: null })).toBe('nickname');
    expect(pathOf(person, { name: 'Ada', nickname: 'Adaline' })).toBe('nickname');
  });
});

describe('object', () => {
  const author = object({ name: string(10), role: oneOf('agent|bot') });

  it('returns a new object with only the declared keys', () => {
    const input = { name: 'Ada', role: 'agent', avatar: 'x', nested: { deep: true } };
    const output = author(input);
    expect(output).toEqual({ name: 'Ada', role: 'agent' });
    expect(output).not.toBe(input);
  });

  it('names the first wrong field, in declaration order', () => {
    expect(issueOf(author, { role: 'human' })).toEqual({
      path: ['name'],
      expected: 'string 0-10',
    });
    expect(pathOf(author, { name: 'Ada', role: 'human' })).toBe('role');
  });

  it('refuses values that are not objects; a list fails on its first missing field', () => {
    for (const input of [null, undefined, 'Ada', 42, true]) {
      expect(issueOf(author, input)).toEqual({ path: [], expected: 'object' });
    }
    expect(pathOf(author, [{ name: 'Ada', role: 'agent' }])).toBe('name');
  });

  it('reads only the keys it declares, however many the input has', () => {
    const fields = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]));
    const read: PropertyKey[] = [];
    const input = new Proxy(
      { ...fields, name: 'Ada', role: 'bot' },
      {
        get(target, key, receiver) {
          read.push(key);
          return Reflect.get(target, key, receiver);
        },
        ownKeys() {
          throw new Error('an object schema must not list the keys of its input');
        },
      },
    );
    expect(author(input)).toEqual({ name: 'Ada', role: 'bot' });
    expect(read).toEqual(['name', 'role']);
  });

  it('ignores what a page added to Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.hostLabel = 'extra';
    prototype.hostExtra = () => 'extra';
    try {
      expect(author({ name: 'Ada', role: 'bot' })).toEqual({ name: 'Ada', role: 'bot' });
    } finally {
      delete prototype.hostLabel;
      delete prototype.hostExtra;
    }
  });
});

describe('array', () => {
  it('checks every item and names the index of the first wrong one', () => {
    const names = array(string(3));
    expect(names(['a', 'bc'])).toEqual(['a', 'bc']);
    expect(issueOf(names, ['a', 'bc', 'long', 7])).toEqual({
      path: [2],
      expected: 'string 0-3',
    });
    expect(issueOf(names, { 0: 'a', length: 1 }).expected).toBe('list 0-Infinity');
  });

  it('keeps to its bounds', () => {
    const replies = array(string(3), 2, 1);
    expect(replies(['a'])).toEqual(['a']);
    expect(issueOf(replies, []).expected).toBe('list 1-2');
    expect(issueOf(replies, ['a', 'b', 'c']).expected).toBe('list 1-2');
  });

  it('refuses a list of 100,000 items past its maximum without reading one', () => {
    const item = vi.fn(string(3));
    const huge = Array.from({ length: 100_000 }, () => 'a');
    expect(issueOf(array(item, 10), huge)).toEqual({ path: [], expected: 'list 0-10' });
    expect(item).not.toHaveBeenCalled();
  });

  it('drops the items `keep` refuses, and keeps the others’ indexes in paths', () => {
    const numbers = array(integer(0, 9), Number.POSITIVE_INFINITY, 0, (input) => typeof input === 'number');
    expect(numbers(['x', 1, null, 2])).toEqual([1, 2]);
    expect(pathOf(numbers, ['x', 1, null, 20])).toBe('3');
  });
});

describe('record', () => {
  const scores = record(string(5, 1, /^[a-z]+$/), integer(0), 3);

  it('checks each key and each value, naming the key', () => {
    expect(scores({ a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(issueOf(scores, { a: 1, B: 2 })).toEqual({
      path: ['B'],
      expected: 'string 1-5 /^[a-z]+$/',
    });
    expect(pathOf(scores, { a: 1, b: -2 })).toBe('b');
    expect(issueOf(scores, null).expected).toBe('object');
  });

  it('counts the keys before reading any', () => {
    const value = vi.fn(integer(0));
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]));
    expect(issueOf(record(string(10), value, 50), many)).toEqual({ path: [], expected: 'at most 50 keys' });
    expect(value).not.toHaveBeenCalled();
  });

  it('keeps a __proto__ key as data, never as the prototype', () => {
    const nested = record(string(10), record(string(10), integer(0)));
    const output = nested(JSON.parse('{"__proto__":{"polluted":1},"a":{}}'));
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.keys(output)).toEqual(['__proto__', 'a']);
    expect(output.a).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('tagged', () => {
  const action = tagged('type', {
    reply: { text: string(5) },
    url: { url: string(20, 0, /^https:/) },
    handoff: {},
  });

  it('checks the member its tag names, and keeps the tag', () => {
    expect(action.schema({ type: 'reply', text: 'Hi', extra: 1 })).toEqual({ type: 'reply', text: 'Hi' });
    expect(action.schema({ type: 'handoff', text: 'ignored' })).toEqual({ type: 'handoff' });
    expect(pathOf(action.schema, { type: 'url', url: 'http://x' })).toBe('url');
    expect(pathOf(action.schema, { type: 'reply' })).toBe('text');
  });

  it('refuses an unknown or missing tag at the tag', () => {
    expect(issueOf(action.schema, { type: 'video' })).toEqual({
      path: ['type'],
      expected: 'reply|url|handoff',
    });
    expect(pathOf(action.schema, {})).toBe('type');
    expect(issueOf(action.schema, null)).toEqual({ path: [], expected: 'object' });
  });

  it('tells known members from anything else, without throwing', () => {
    expect(action.isKnown({ type: 'handoff' })).toBe(true);
    for (const input of [
      { type: 'video' },
      { type: 'toString' },
      { type: '__proto__' },
      'reply',
      1,
      null,
      undefined,
    ]) {
      expect(action.isKnown(input)).toBe(false);
    }
  });

  it('list drops unknown members and checks the known ones strictly, by their original index', () => {
    const list = [{ type: 'video' }, { type: 'reply', text: 'Hi' }, null, 'handoff', { type: 'handoff' }];
    expect(action.list(list)).toEqual([{ type: 'reply', text: 'Hi' }, { type: 'handoff' }]);
    expect(pathOf(action.list, [{ type: 'video' }, { type: 'reply', text: 'Too long' }])).toBe('1.text');
  });
});

describe('validate', () => {
  const page = object({
    data: array(object({ author: object({ name: string(5) }) })),
    next: nullable(string(10)),
  });

  it('returns the schema’s output', () => {
    expect(
      validate(page, { data: [{ author: { name: 'Ada', id: 1 } }], next: null, more: 1 }, 'Page'),
    ).toEqual({
      data: [{ author: { name: 'Ada' } }],
      next: null,
    });
  });

  it('throws invalid_response naming the path of the first problem', () => {
    const data = [0, 1, 2, 3].map((index) => ({ author: { name: index === 3 ? 'Grace Hopper' : 'Ada' } }));
    let error: unknown;
    try {
      validate(page, { data, next: null }, 'The answer', 200);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParleyError);
    expect(error).toMatchObject({
      code: 'invalid_response',
      status: 200,
      message: 'The answer is malformed at data.3.author.name: expected string 0-5',
      cause: { path: ['data', 3, 'author', 'name'], expected: 'string 0-5' },
    });
  });

  it('says (root) when the value itself is wrong', () => {
    expect(() => validate(page, 'oops', 'The answer')).toThrow(
      'The answer is malformed at (root): expected object',
    );
  });

  it('follows only the schema into a hostile deep value', () => {
    // 100,000 levels of nesting: walking it would overflow the stack; the schema stops at its own depth.
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) deep = { author: deep, data: [deep] };
    expect(() => validate(page, { data: [deep], next: null }, 'The answer')).toThrow(
      /at data\.0\.author\.name/,
    );
  });
});
