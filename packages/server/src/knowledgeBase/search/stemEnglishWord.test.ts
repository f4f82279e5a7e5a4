import { describe, expect, it } from 'vitest';
import { stemEnglishWord } from './stemEnglishWord';

describe('stemEnglishWord', () => {
  it.each([
    ['passwords', 'password'],
    ['syncing', 'sync'],
    ['synced', 'sync'],
    ['refunds', 'refund'],
    ['refunded', 'refund'],
    ['devices', 'device'],
    ['addresses', 'address'],
    ['boxes', 'box'],
    ['matches', 'match'],
    ['policies', 'policy'],
    ['replied', 'reply'],
    ['updating', 'update'],
    ['updated', 'update'],
    ['enabled', 'enable'],
    ['organizing', 'organize'],
    ['making', 'make'],
    ['saved', 'save'],
    ['running', 'run'],
    ['shipped', 'ship'],
    ['billing', 'bill'],
    ['passing', 'pass'],
    ['settings', 'set'],
    ['quickly', 'quick'],
    ['completely', 'complete'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglishWord(word)).toBe(stem);
  });

  it.each([
    ['pass'],
    ['status'],
    ['analysis'],
    ['bus'],
    ['ios'],
    ['need'],
    ['speed'],
    ['string'],
    ['thing'],
    ['bring'],
    ['being'],
    ['apply'],
    ['reply'],
    ['family'],
    ['possibly'],
    ['only'],
    ['sync'],
    ['2fa'],
    ['café'],
    ['naïve'],
  ])('leaves %s alone', (word) => {
    expect(stemEnglishWord(word)).toBe(word);
  });

  it('is deterministic and maps inflections to the same stem', () => {
    for (const group of [
      ['password', 'passwords'],
      ['sync', 'syncs', 'syncing', 'synced'],
      ['update', 'updates', 'updating', 'updated'],
      ['refund', 'refunds', 'refunding', 'refunded'],
    ]) {
      expect(new Set(group.map(stemEnglishWord)).size).toBe(1);
    }
  });
});
