import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** Each entity as "kind name [descriptors]". */
function entities(text: string): string[] {
  return extract(text).entities.map((e) => `${e.kind} ${e.name} [${e.descriptors.join('; ')}]`);
}

describe('a field of government before a role in lower case', () => {
  it('titles the role and names no entity, wherever the name stands', () => {
    // invented
    const text =
      'The cap was set by Education Minister Carla Mendes. ' +
      'The plan came too late, said Education critic Dan Okoro. ' +
      'Public Safety critic Lena Fisk agreed, and Opposition leader Tom Reyes was silent.';
    expect(entities(text)).toEqual([
      'person Carla Mendes [Education Minister]',
      'person Dan Okoro [Education critic]',
      'person Lena Fisk [Public Safety critic]',
      'person Tom Reyes [Opposition leader]',
    ]);
  });

  it('leaves a body or a party before a role as it was', () => {
    // invented
    const text =
      'The fund is empty, said Justice Department spokesperson Ada Kemp. ' +
      'Labour leader Ivo Marr disagreed.';
    const names = extract(text).entities.map((e) => `${e.kind} ${e.name}`);
    expect(names).toContain('organization Justice Department');
    expect(names).toContain('organization Labour');
    expect(names).toContain('person Ivo Marr');
  });

  it('a role in capitals after an article in an apposition describes the name before it', () => {
    // invented
    const text =
      'Ada Kemp, the Finance Minister, met the union on Monday. ' +
      'Tom Bell, a union steward, was there. "We are done," the minister said.';
    const article = extract(text);
    const kemp = article.entities.find((e) => e.name === 'Ada Kemp');
    expect(kemp?.descriptors).toEqual(['the Finance Minister']);
    expect(article.quotes.map((q) => q.speakerId)).toEqual([kemp?.id]);
  });
});
