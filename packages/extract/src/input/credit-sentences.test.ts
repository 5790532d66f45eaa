import { describe, expect, it } from 'vitest';
import { isCreditSentence } from './credit-sentences.js';

const credit = (sentence: string) => isCreditSentence(sentence, { start: 0, end: sentence.length });

describe('credit sentences', () => {
  it('finds captions, teasers, contributor credits and bios', () => {
    for (const sentence of [
      'Ines Marr inspects the gates in March. (Lena Holt / The Harbour Gazette)',
      'A ferry leaves Port Elsby at dawn. ( Harbour Gazette file photo )',
      'Mayor Ana Ruiz speaks at the pier. Lena Holt/The Harbour Gazette.',
      'Open this photo in gallery Mayor Ana Ruiz speaks at the pier.',
      'WATCH BELOW: The council votes on the harbour plan.',
      'Cai Brandt has the latest.',
      'Cai Brandt has more on the vote.',
      'A file photo shows the old ferry terminal.',
      'This image released by the port shows the new gates.',
      'Ines Marr, left, and Tomas Vey inspect the gates.',
      'Deputy chief Tomas Vey, second from right, cuts the ribbon at the new pier.',
      'This image released by the studio shows, from left, Ines Marr and Tomas Vey.',
      'With files from Cai Brandt in Eastvale',
      'Cai Brandt contributed to this story from Eastvale.',
      'Rafe Olin is a Harbour Gazette reporter covering transport.',
      'Rafe Olin, the Gazette’s markets strategist, writes exclusively for subscribers.',
      'The Canadian Press A ferry is shown near Port Elsby on Monday.',
      'Reuters Mayor Ana Ruiz speaks at a rally in Eastvale on Jan. 4, 2019.',
    ])
      expect(credit(sentence), sentence).toBe(true);
  });

  it('leaves the story alone', () => {
    for (const sentence of [
      'Ines Marr said the gates (built in 1990) would last another decade.',
      'The fare rose by 5 km/h (the old limit) on the Father/Son Challenge in Orlando.',
      'Rafe Olin is a former mayor who now runs the harbour board.',
      'She turned left, then right, and left the room.',
      // a name that "has more" of something, a photo in the story
      'Ines Marr has more votes than Tomas Vey, and the senator left the race on Tuesday.',
      'Even Norland has more ferries per head than any of its neighbours, says Ines Marr.',
      'A photo of the mayor was shown on the big screen at the pier.',
      // "right" as a tag in speech is no position in a picture
      '“The flood hit us harder, right, because my own son was that age,” she added.',
      '"We will follow the evidence," the constable said.',
      'The Canadian Press reported that Mayor Ana Ruiz speaks for the port.',
      'Reuters Editor Ines Marr said the ferry was late.',
    ])
      expect(credit(sentence), sentence).toBe(false);
  });

  it('does not test long sentences', () => {
    expect(credit(`WATCH BELOW: ${'word '.repeat(100)}`)).toBe(false);
  });
});
