import { describe, expect, it } from 'vitest';
import { bridgeArticle } from '../../test/fixtures.js';
import { quoteFacts } from './quote-facts.js';

describe('quoteFacts', () => {
  it('names the speaker, descriptor, cue, channel and rule', () => {
    expect(quoteFacts(bridgeArticle, bridgeArticle.quotes[1]!)).toEqual({
      speaker: 'Lina Okafor',
      descriptor: 'mayor',
      cue: 'told',
      channel: 'Valley Courier',
      rule: 'indirect:told-channel',
      kind: 'indirect',
      confidence: '80%',
      text: 'tolls would stay',
    });
  });

  it('joins split quotes and falls back to the speaker as written', () => {
    const quote = { ...bridgeArticle.quotes[2]!, speakerId: null, rule: undefined };
    const facts = quoteFacts(bridgeArticle, quote);
    expect(facts.speaker).toBe('Tomas Brandt');
    expect(facts.descriptor).toBeNull();
    expect(facts.rule).toBeNull();
    expect(facts.text).toBe('"We are ready," … "and the cables are in."');
    expect(quoteFacts(bridgeArticle, { ...quote, source: null }).speaker).toBe('Unattributed');
  });
});
