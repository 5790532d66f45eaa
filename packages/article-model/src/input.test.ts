import { describe, expect, it } from 'vitest';
import { ArticleInput, parseArticleInput } from './input.js';

describe('ArticleInput', () => {
  it('takes text or HTML with what the caller knows, trimmed, and ignores other keys', () => {
    expect(
      parseArticleInput({
        id: 7,
        text: 'The invented mayor spoke.',
        title: '  Mayor speaks ',
        publishedAt: '2031-02-03T10:00:00+01:00',
        extra: true,
      }),
    ).toEqual({
      ok: true,
      input: {
        id: 7,
        text: 'The invented mayor spoke.',
        title: 'Mayor speaks',
        publishedAt: '2031-02-03T10:00:00+01:00',
      },
    });
    expect(ArticleInput.parse({ html: '<p>Hi</p>', url: 'https://example.com/a' })).toEqual({
      html: '<p>Hi</p>',
      url: 'https://example.com/a',
    });
  });

  it('says what is wrong, and hands back the caller id so a report can name the line', () => {
    expect(parseArticleInput([1])).toEqual({ ok: false, error: 'not a JSON object', id: null });
    expect(parseArticleInput({ id: 'x', text: 'a', html: '<p>a</p>' })).toMatchObject({
      ok: false,
      id: 'x',
      error: expect.stringContaining('not both') as string,
    });
    expect(parseArticleInput({ id: 'y', text: 42 })).toMatchObject({
      ok: false,
      id: 'y',
      error: expect.stringContaining('"text" or "html"') as string,
    });
    expect(parseArticleInput({ text: 'a', title: ' ' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^title: /) as string,
    });
    expect(parseArticleInput({ text: 'a', url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^url: /) as string,
    });
    expect(parseArticleInput({ text: 'a', publishedAt: 'last Tuesday' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^publishedAt: /) as string,
    });
    expect(parseArticleInput({ text: '' })).toMatchObject({ ok: false });
  });

  it('never lets text and HTML through together, even without the helper', () => {
    expect(ArticleInput.safeParse({ text: 'a', html: '<p>a</p>' }).success).toBe(false);
  });
});
