import { describe, expect, it } from 'vitest';
import { englishMessages } from '../i18n/englishMessages';
import { checkField } from './checkField';

const form = englishMessages.form;

describe('checkField', () => {
  it('asks for a required field, also when only spaces were typed', () => {
    expect(checkField('', { required: true }, form)).toBe('Please fill in this field.');
    expect(checkField('  \n ', { required: true }, form)).toBe('Please fill in this field.');
    expect(checkField('PRL-4821', { required: true }, form)).toBeUndefined();
  });

  it('lets an optional field stay empty, but still checks what is typed in it', () => {
    expect(checkField('', { email: true, maxLength: 3 }, form)).toBeUndefined();
    expect(checkField('abcd', { maxLength: 3 }, form)).toBe('Please use at most 3 characters.');
  });

  it('refuses what cannot be an email address, and accepts one with spaces around it', () => {
    for (const wrong of [
      'ada',
      'ada@',
      '@example.com',
      'ada@example',
      'ada @example.com',
      'ada@@example.com',
    ]) {
      expect(checkField(wrong, { email: true }, form)).toBe('Please enter a valid email address.');
    }
    expect(checkField(' ada@example.com ', { email: true }, form)).toBeUndefined();
    expect(checkField('lin.xiaoyu+help@mail.example.co.uk', { email: true }, form)).toBeUndefined();
  });

  it('counts characters as the backend does: trimmed, and an emoji or a CJK character is one', () => {
    expect(checkField(' 你好 ', { maxLength: 2 }, form)).toBeUndefined();
    expect(checkField('👍👍', { maxLength: 2 }, form)).toBeUndefined();
    expect(checkField('👍👍👍', { maxLength: 2 }, form)).toBe('Please use at most 2 characters.');
  });
});
