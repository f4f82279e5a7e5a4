import { describe, expect, it } from 'vitest';
import { tokenizeForSearch } from './tokenizeForSearch';

describe('tokenizeForSearch', () => {
  it.each([
    ['重設密碼', ['重設', '設密', '密碼']],
    ['パスワード', ['パス', 'スワ', 'ワー', 'ード']],
    ['密碼', ['密碼']],
    ['私', ['私']],
    ['한국어 텍스트', ['한국', '국어', '텍스', '스트']],
    ['ひらがなカタカナ', ['ひら', 'らが', 'がな', 'なカ', 'カタ', 'タカ', 'カナ']],
  ])('splits the CJK run %s into bigrams', (text, expected) => {
    expect(tokenizeForSearch(text)).toEqual(expected);
  });

  it('starts a new run after anything that is not CJK', () => {
    expect(tokenizeForSearch('如何重設密碼？請 打開設定。')).toEqual([
      '如何',
      '何重',
      '重設',
      '設密',
      '密碼',
      '請',
      '打開',
      '開設',
      '設定',
    ]);
    expect(tokenizeForSearch('iPhone設定を変更')).toEqual(['iphone', '設定', '定を', 'を変', '変更']);
    expect(tokenizeForSearch('第2章')).toEqual(['第', '2', '章']);
  });

  it('splits words on anything but letters and digits, lowercased', () => {
    expect(tokenizeForSearch('Reset your PASSWORD, then sign-in (again)!')).toEqual([
      'reset',
      'your',
      'password',
      'then',
      'sign',
      'in',
      'again',
    ]);
    expect(tokenizeForSearch('iOS 17.2 & 2FA')).toEqual(['ios', '17', '2', '2fa']);
    expect(tokenizeForSearch('Привет, МИР')).toEqual(['привет', 'мир']);
  });

  it('drops apostrophes inside words, and treats other apostrophes as separators', () => {
    expect(tokenizeForSearch("don't can’t donʼt")).toEqual(['dont', 'cant', 'dont']);
    expect(tokenizeForSearch("customer's")).toEqual(['customer']);
    expect(tokenizeForSearch("'hello' rock''n")).toEqual(['hello', 'rock', 'n']);
  });

  it('normalises with NFKC and folds diacritics', () => {
    expect(tokenizeForSearch('Café ÉCOLE naïve Ångström')).toEqual(['cafe', 'ecole', 'naive', 'angstrom']);
    expect(tokenizeForSearch('cafe\u0301')).toEqual(['cafe']);
    expect(tokenizeForSearch('ＡＢＣ１２３')).toEqual(['abc123']);
    expect(tokenizeForSearch('ﬁle')).toEqual(['file']);
    expect(tokenizeForSearch('ёлка йод')).toEqual(['елка', 'иод']);
    expect(tokenizeForSearch('ΟΔΟΣ οδος')).toEqual(['οδοσ', 'οδοσ']);
  });

  it('normalises half-width kana and keeps voicing marks (パ is not ハ)', () => {
    expect(tokenizeForSearch('ﾊﾟｽﾜｰﾄﾞ')).toEqual(tokenizeForSearch('パスワード'));
    expect(tokenizeForSearch('パス')).not.toEqual(tokenizeForSearch('ハス'));
    expect(tokenizeForSearch('ガ')).toEqual(['ガ']);
  });

  it('composes decomposed Hangul', () => {
    expect(tokenizeForSearch('한국'.normalize('NFD'))).toEqual(['한국']);
  });

  it('stems English words lightly', () => {
    expect(tokenizeForSearch('passwords syncing refunds')).toEqual(['password', 'sync', 'refund']);
    expect(tokenizeForSearch('Devices updated quickly')).toEqual(['device', 'update', 'quick']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenizeForSearch('')).toEqual([]);
    expect(tokenizeForSearch(' \n\t')).toEqual([]);
    expect(tokenizeForSearch('"*()-:，。！')).toEqual([]);
  });

  it('keeps surrogate-pair characters whole', () => {
    expect(tokenizeForSearch('𠮷野家')).toEqual(['𠮷野', '野家']);
    expect(tokenizeForSearch('𝐁𝐨𝐥𝐝')).toEqual(['bold']);
  });
});
