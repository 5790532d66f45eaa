// Readers for rule tests: the attributions or claims of a plain invented text, as strings.
import { docFromLines } from '../../src/document.js';
import { collectEntities } from '../../src/entities/index.js';
import { sourceRequests } from '../../src/sources.js';
import { findAttributions, type Attribution } from '../../src/quotes/attribution.js';
import { findClaims } from '../../src/claims/index.js';
import { extract } from '../../src/extract.js';

/** Every attribution of a text whose lines are paragraphs, with its spans as text. */
export function read(text: string) {
  const doc = docFromLines(text);
  const list = findAttributions(doc, collectEntities(doc));
  const slice = (s: { start: number; end: number } | null) =>
    s ? text.slice(s.start, s.end) : null;
  return list.map((a: Attribution) => ({
    kind: a.kind,
    quoteKind: a.quoteKind,
    rule: a.rule,
    content: a.content.map(slice),
    cue: slice(a.cue),
    source: slice(a.source),
    channel: slice(a.channel),
    carries: a.carries !== null,
    hedge: a.hedge,
  }));
}

/** Every claim of a text whose lines are paragraphs, with its spans as text. */
export function claims(text: string, attributedClaimsOnly = false) {
  const doc = docFromLines(text);
  const draft = collectEntities(doc);
  const attributions = findAttributions(doc, draft);
  const entities = draft.finish(sourceRequests(doc.text, attributions));
  const found = findClaims(doc, entities, attributions, { attributedClaimsOnly });
  const slice = (s: { start: number; end: number } | null) =>
    s ? text.slice(s.start, s.end) : null;
  return found.map((c) => ({
    content: c.content.map(slice),
    cue: slice(c.cue),
    source: slice(c.source),
    sourceId: c.sourceId,
    hedge: c.hedge,
    rule: c.rule,
  }));
}

/** The name of each quote's speaker in an invented text, in order; null where there is none. */
export function speakerNames(text: string): Array<string | null> {
  const article = extract({ text, title: 'Invented' });
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  return article.quotes.map((q) => (q.speakerId ? (names.get(q.speakerId) ?? null) : null));
}
