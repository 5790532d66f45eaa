import { describe, expect, it } from 'vitest';
import { buildRequest, formatOf } from './paste-request.js';

const blank = { title: '', publisher: '', url: '', publishedAt: '' };

describe('formatOf', () => {
  it('recognises pages and fragments of HTML', () => {
    expect(formatOf('  <!DOCTYPE html><html></html>')).toBe('html');
    expect(formatOf('<article><p>Hi</p></article>')).toBe('html');
    expect(formatOf('The mayor said <b> is a tag.')).toBe('text');
    expect(formatOf('<3 the new bridge')).toBe('text');
  });
});

describe('buildRequest', () => {
  it('sends text or HTML with only the metadata given', () => {
    expect(
      buildRequest({ ...blank, content: 'Some text.', format: 'text', title: ' A title ' }),
    ).toEqual({ ok: true, request: { text: 'Some text.', title: 'A title' } });
    expect(
      buildRequest({ ...blank, content: '<p>x</p>', format: 'html', url: 'https://a.example/' }),
    ).toEqual({ ok: true, request: { html: '<p>x</p>', url: 'https://a.example/' } });
  });

  it('refuses an empty article', () => {
    expect(buildRequest({ ...blank, content: '  \n ', format: 'text' })).toEqual({
      ok: false,
      error: 'Paste some text or choose a file first.',
    });
  });
});
