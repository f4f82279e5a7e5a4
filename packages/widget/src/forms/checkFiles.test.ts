import type { Limits } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../i18n/englishMessages';
import { checkFiles } from './checkFiles';

const limits: Limits = {
  messageMaxLength: 5000,
  attachmentMaxBytes: 1000,
  attachmentTypes: ['image/*', 'application/pdf'],
  attachmentsPerMessage: 2,
};
const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });
const check = (added: File[], chosen: File[] = [], given = limits) =>
  checkFiles(added, chosen, given, englishMessages.composer, (bytes) => `${bytes} B`);

describe('checkFiles', () => {
  it('keeps files of an accepted type, by exact type or by wildcard, after those already chosen', () => {
    const first = file('a.pdf', 'application/pdf');
    const photo = file('Photo.PNG', 'IMAGE/PNG');
    expect(check([photo], [first])).toEqual({ files: [first, photo], errors: [] });
  });

  it('refuses another type, and a file without a type, naming each', () => {
    const result = check([file('notes.txt', 'text/plain'), file('mystery', '')]);
    expect(result.files).toEqual([]);
    expect(result.errors).toEqual([
      'notes.txt isn’t a supported file type.',
      'mystery isn’t a supported file type.',
    ]);
  });

  it('accepts any type when the backend lists none', () => {
    const text = file('notes.txt', 'text/plain');
    expect(check([text], [], { ...limits, attachmentTypes: [] }).files).toEqual([text]);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const result = check([file('big.png', 'image/png', 1001), file('ok.png', 'image/png', 1000)]);
    expect(result.files.map((each) => each.name)).toEqual(['ok.png']);
    expect(result.errors).toEqual(['big.png is too large. Files can be up to 1000 B.']);
  });

  it('keeps no more files than one ticket takes, and says so once', () => {
    const chosen = [file('1.png', 'image/png')];
    const result = check(
      [file('2.png', 'image/png'), file('3.png', 'image/png'), file('4.png', 'image/png')],
      chosen,
    );
    expect(result.files.map((each) => each.name)).toEqual(['1.png', '2.png']);
    expect(result.errors).toEqual(['You can attach up to 2 files at a time.']);
  });

  it('holds to the contract’s 10 files even when the config allows more', () => {
    const many = Array.from({ length: 12 }, (_, index) => file(`${index}.png`, 'image/png'));
    expect(check(many, [], { ...limits, attachmentsPerMessage: 50 }).files).toHaveLength(10);
  });
});
