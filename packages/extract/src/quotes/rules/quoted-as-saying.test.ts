import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('quoted-as-saying', () => {
  it('reads the speaker after "quoted" and the words after "as saying"', () => {
    expect(
      read(
        'The Zentra news agency quoted police chief Dmitri Varlakov as saying: "We have found the car."',
      )[0],
    ).toMatchObject({
      rule: 'quoted-as-saying',
      source: 'police chief Dmitri Varlakov',
      cue: 'saying',
      content: ['We have found the car.'],
    });
    expect(
      read('The Harbour Gazette quoted one pilot as saying that the crossing was unsafe.')[0],
    ).toMatchObject({ source: 'one pilot', content: ['that the crossing was unsafe'] });
  });

  it('reads the quote a sentence opens with when "as saying" ends it', () => {
    expect(
      read('"We have found the car," the Zentra agency quoted Dmitri Varlakov as saying.')[0],
    ).toMatchObject({
      rule: 'quoted-as-saying',
      source: 'Dmitri Varlakov',
      content: ['We have found the car'],
    });
  });

  it('leaves "quoted" with no "as saying" after it, and the passive form, to other rules', () => {
    expect(read('He quoted an old poem in his speech.')).toEqual([]);
    expect(read('Ann Roe was quoted as saying the pier would close.')[0]?.rule).toBe('leading');
  });
});
