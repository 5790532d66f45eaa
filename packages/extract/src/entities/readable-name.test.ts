import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { readableName } from './readable-name.js';

// Invented names.
describe('readableName', () => {
  it('writes a person or a place found only in capitals in title case', () => {
    expect(readableName('KOFI MENSAH', 'person')).toBe('Kofi Mensah');
    expect(readableName("ROSA O'BRIEN-HALE", 'person')).toBe("Rosa O'Brien-Hale");
    expect(readableName('ORRIN BAY', 'location')).toBe('Orrin Bay');
    expect(readableName('HARTLEY', 'person')).toBe('Hartley');
  });

  it('keeps abbreviations, short acronyms, bodies and names already in mixed case', () => {
    expect(readableName('J.P. OSTROWSKI', 'person')).toBe('J.P. Ostrowski');
    expect(readableName('US', 'location')).toBe('US');
    expect(readableName('RCMP', 'organization')).toBe('RCMP');
    expect(readableName('HARBOUR MOTORS', 'organization')).toBe('HARBOUR MOTORS');
    expect(readableName('Ada McKemp', 'person')).toBe('Ada McKemp');
  });

  it('gives the article the readable name and keeps the capitals as an alias', () => {
    const { entities } = extract({
      text: 'Resident KOFI MENSAH, 72, said he spent the night in blankets.',
    });
    expect(entities[0]).toMatchObject({ name: 'Kofi Mensah', aliases: ['KOFI MENSAH'] });
  });
});
