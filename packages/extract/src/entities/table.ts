import type { Span } from '@sourcetrace/article-model';
import type { Doc } from '../document.js';
import { datelineSpans } from '../text/dateline.js';
import { mergeCandidates } from './merge.js';
import { recognize } from './recognize.js';
import { linkRoleMentions } from './role-mentions.js';
import { resolveChannel } from './resolve/channel.js';
import { resolveSource } from './resolve/source.js';
import { SpanMap } from './span-map.js';
import { dryEffects, EntityStore, toEntity, type Effects } from './store.js';
import type { Ent, EntityDraft, EntityTable, SourceRequest } from './types.js';

/**
 * Collects the article's names and merges them into entities. The draft answers attribution's
 * questions (is this span an outlet, a name?) and is then finished with the sources attribution
 * found.
 */
export function collectEntities(doc: Doc): EntityDraft {
  const store = buildStore(doc);
  let finished: EntityTable | undefined;
  return {
    isOutlet: (span) => mentionAt(store, span)?.ent.outlet === true,
    isName(span) {
      const m = mentionAt(store, span);
      const named = m?.ent.kind === 'person' || m?.ent.kind === 'organization';
      return named && m.span.start === span.start && m.span.end === span.end;
    },
    finish(requests) {
      finished ??= settle(store, requests);
      return finished;
    },
  };
}

/** The names of the article merged into entities, before any source is settled. */
export function buildStore(doc: Doc): EntityStore {
  const { candidates, isCommon, seenAsName } = recognize(
    doc.text,
    doc.tokens,
    doc.blocks,
    doc.sentences,
    doc.credits,
  );
  const datelines = datelineSpans(doc.text, doc.tokens, doc.blocks);
  const store = new EntityStore(
    doc.text,
    doc.sentences,
    doc.quoted,
    { isCommon, seenAsName },
    datelines,
  );
  mergeCandidates(store, candidates);
  linkRoleMentions(store, doc);
  return store;
}

/** The mention overlapping the span the most, if any. */
function mentionAt(store: EntityStore, span: Span) {
  let best;
  let bestOverlap = 0;
  for (const m of store.index.overlapping(span)) {
    const overlap = Math.min(m.span.end, span.end) - Math.max(m.span.start, span.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * Settles each requested source and channel in order: a pronoun takes its antecedent (a
 * speaker settled before it counts first), an unnamed source gets its entity. A span asked
 * for twice keeps its first answer. What is left is only read.
 */
function settle(store: EntityStore, requests: readonly SourceRequest[]): EntityTable {
  const fx = store.live();
  const claimFx: Effects = { ...fx, speaker: () => {} };
  const answers = {
    source: new SpanMap<string | null>(store.text.length),
    channel: new SpanMap<string | null>(store.text.length),
  };
  for (const { role, span, said, claim } of requests) {
    const answer = answers[role];
    if (answer.has(span)) continue;
    const ent =
      role === 'source'
        ? resolveSource(store, claim ? claimFx : fx, span, said)
        : resolveChannel(store, fx, span);
    answer.set(span, ent ? store.ensureId(ent) : null);
  }
  const list = store.identified.filter((e) => e.mentions.length);
  const listed = new Set(list);
  // a span nobody asked for is read with the same rules, changing nothing
  const query = (ent: Ent | undefined) => (ent?.id && listed.has(ent) ? ent.id : null);
  return {
    at(span) {
      const m = mentionAt(store, span);
      return m && listed.has(m.ent) ? toEntity(m.ent) : undefined;
    },
    resolveSource(span) {
      const known = answers.source.get(span);
      return known !== undefined ? known : query(resolveSource(store, dryEffects(store), span));
    },
    resolveChannel(span) {
      const known = answers.channel.get(span);
      return known !== undefined ? known : query(resolveChannel(store, dryEffects(store), span));
    },
    // fresh objects each time: nothing handed out can change the table
    entities: () => list.map(toEntity),
  };
}
