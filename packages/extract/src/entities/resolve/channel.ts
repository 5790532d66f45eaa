import type { Span } from '@sourcetrace/article-model';
import { tokenize } from '../../text/tokens.js';
import { GAZETTEER } from '../gazetteer.js';
import { listedEnt } from '../listed-ent.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent } from '../types.js';
import { trimSpan } from './phrase.js';
import { MEDIA_NOUNS, OUTLET_LINKS, OUTLET_WORDS } from '../../lexicon/words.js';

/** How far back (UTF-16 code units) "the station" looks for its outlet: about a paragraph. */
const MEDIA_NOUN_REACH = 500;

/**
 * The outlet a channel span names ("CNN", "the Telegraph", "told Harbour Weekly"): a listed
 * outlet, a name already in the table (then an outlet), or a new capitalised name. Undefined
 * for a recipient ("told Smith", "told reporters").
 */
export function resolveChannel(store: EntityStore, fx: Effects, span: Span): Ent | undefined {
  const text = store.text;
  const s = trimSpan(text, span);
  if (!s) return undefined;
  const phrase = text.slice(s.start, s.end);
  const tokens = tokenize(phrase).filter((t) => t.word);
  const bare = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (!bare.length) return undefined;
  const nameSpan: Span = {
    start: s.start + bare[0]!.start,
    end: s.start + bare[bare.length - 1]!.end,
  };
  const listed = GAZETTEER.get(bare.map((t) => t.lower).join(' '));
  if (listed?.outlet) {
    const ent = listedEnt(fx, listed);
    fx.record(
      ent,
      nameSpan,
      text.slice(nameSpan.start, nameSpan.end) === ent.name ? 'name' : 'alias',
    );
    return ent;
  }
  if (bare.length === 1 && tokens.length === 2 && MEDIA_NOUNS.has(bare[0]!.lower))
    return outletNamedBefore(store, fx, nameSpan);
  // "told Ada Kemp of the Gazette": the reporter is whom it was told, the outlet the channel
  const employer = tokens.findIndex((t, k) => k > 0 && OUTLET_LINKS.has(t.lower));
  if (employer > 0 && employer + 1 < tokens.length)
    return resolveChannel(store, fx, { start: s.start + tokens[employer + 1]!.start, end: s.end });
  const known = store.index.overlapping(nameSpan).find((m) => m.ent.kind !== 'location');
  if (known) {
    const ent = known.ent;
    if (ent.kind === 'person' && (ent.descriptors.length || ent.words.length === 1))
      return undefined; // "told Smith": a recipient
    fx.outlet(ent);
    return ent;
  }
  if (!bare.every((t) => /^\p{Lu}/u.test(phrase.slice(t.start, t.end)))) return undefined; // "told reporters"
  const name = text.slice(nameSpan.start, nameSpan.end);
  const ent = fx.obtain({ ns: 'named', kind: 'organization', name: name.toLowerCase() }, () => ({
    kind: 'organization',
    name,
    words: name.split(' '),
  }));
  fx.outlet(ent);
  fx.record(ent, nameSpan, 'name');
  return ent;
}

/**
 * "Harbour Radio ... told the station": the nearest body named before that is an outlet or has
 * an outlet word in its name; none, and the noun names no channel.
 */
function outletNamedBefore(store: EntityStore, fx: Effects, span: Span): Ent | undefined {
  let found: Ent | undefined;
  store.index.eachBefore(span.start, Number.POSITIVE_INFINITY, (m) => {
    if (span.start - m.span.end > MEDIA_NOUN_REACH) return true;
    const ent = m.ent;
    const outletName = ent.words.some((w) => OUTLET_WORDS.has(w.toLowerCase()));
    if (ent.kind === 'organization' && (ent.outlet || outletName)) found = ent;
    return found !== undefined;
  });
  if (!found) return undefined;
  fx.outlet(found);
  fx.record(found, span, 'descriptor');
  return found;
}
