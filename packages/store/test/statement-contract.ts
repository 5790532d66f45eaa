import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementQuery, type StatementQueryInput } from '@sourcetrace/article-model';
import { corpusEntityId, entityKey } from '../src/corpus/normalise.js';
import { quotingArticle, type QuotingArticle } from '../src/testing/index.js';
import type { Store } from '../src/types.js';
import type { StoreFixture } from './store-contract.js';

const LINE =
  'The harbour tolls will stay frozen for two more years because the fishing fleet cannot carry another rise';
const TRIMMED = 'The harbour tolls will stay frozen for two more years';
const ALTERED =
  'The harbour tolls will stay frozen for three more years because the fishing fleet cannot carry another rise';
const COMMON =
  'We are deeply disappointed by this decision and the ferry crews will meet on Monday to decide what comes next';
const COMMON_TOO =
  'We are deeply disappointed by this decision but the lighthouse fund will be spent on the new pier as promised';

/** One story told by six invented outlets: word for word, trimmed, altered, misattributed, unattributed. */
const STORY: QuotingArticle[] = [
  {
    publisher: 'Daily Ledger',
    publishedAt: '2024-03-03',
    lines: [{ words: LINE, speaker: 'Ilse Marrow' }],
  },
  {
    publisher: 'Valley Courier',
    publishedAt: '2024-03-04',
    lines: [
      { words: LINE, speaker: 'Ilse Marrow' },
      { words: COMMON, speaker: 'Owen Talbrook' },
    ],
  },
  {
    publisher: 'Harbour Post',
    publishedAt: '2024-03-05',
    lines: [{ words: TRIMMED, speaker: 'Ilse Marrow' }],
  },
  {
    publisher: 'Evening Lantern',
    publishedAt: '2024-03-06',
    lines: [{ words: ALTERED, speaker: 'Marrow' }],
  },
  {
    publisher: 'County Wire',
    publishedAt: '2024-03-07',
    lines: [
      { words: LINE, speaker: 'Tomas Quarry' },
      { words: COMMON_TOO, speaker: 'Nadia Ferreby' },
    ],
  },
  {
    publisher: 'Riverside Gazette',
    publishedAt: '2024-03-08',
    lines: [{ words: LINE.toUpperCase(), speaker: null }],
  },
];

const person = (name: string) => corpusEntityId(entityKey('person', name));
const list = (store: Store, input: StatementQueryInput) =>
  store.listStatements(StatementQuery.parse(input));

/** Statements: every adapter groups, flags and lists them the same. */
export function statementContract(name: string, fixture: StoreFixture): void {
  describe(`${name} statements`, () => {
    let store: Store;
    const articles = STORY.map(quotingArticle);
    // Stored out of date order: first seen is by date, not by ingest order.
    const order = [1, 0, 2, 3, 4, 5];

    beforeAll(async () => {
      store = await fixture.open();
      for (const i of order) await store.putArticle(articles[i]!);
    });
    afterAll(() => fixture.dispose(store));

    const idOf = async (article: number, quote = 0) =>
      (await store.getArticle(articles[article]!.id))?.quotes[quote]?.statementId;

    it('gives every quote of the same words one statement id, and a common phrase its own', async () => {
      const id = await idOf(0);
      expect(id).toBeTypeOf('string');
      for (const i of [1, 2, 3, 4, 5]) expect(await idOf(i)).toBe(id);
      expect(await idOf(1, 1)).not.toBe(id);
      expect(await idOf(4, 1)).not.toBe(id);
      expect(await idOf(1, 1)).not.toBe(await idOf(4, 1));
    });

    it('tells who first reported it, who carried it, and how the wording changed', async () => {
      const statement = await store.getStatement((await idOf(0)) as string);
      expect(statement).not.toBeNull();
      if (!statement) return;
      expect(statement.canonical).toBe(LINE);
      expect(statement.outlets).toBe(6);
      expect(statement.occurrences).toBe(6);
      expect(statement.firstSeen.outlet).toBe('Daily Ledger');
      expect(statement.firstSeen.publishedAt).toBe('2024-03-03');
      expect(statement.timeline.map((o) => o.outlet)).toEqual(STORY.map((s) => s.publisher));
      expect(statement.speaker?.id).toBe(person('Ilse Marrow'));
      expect(statement.speakers.map((s) => s.id).sort()).toEqual(
        [person('Ilse Marrow'), person('Tomas Quarry')].sort(),
      );
      expect(statement.flags.sort()).toEqual(['altered', 'disputed', 'unattributed']);
      const trimmed = statement.variants.find((v) => v.wording === TRIMMED);
      expect(trimmed?.altered).toBe(false);
      expect(trimmed?.changes).toEqual([
        { op: 'same', text: TRIMMED },
        { op: 'dropped', text: 'because the fishing fleet cannot carry another rise' },
      ]);
      const altered = statement.variants.find((v) => v.wording === ALTERED);
      expect(altered?.altered).toBe(true);
      expect(altered?.changes.filter((c) => c.op !== 'same')).toEqual([
        { op: 'added', text: 'three' },
        { op: 'dropped', text: 'two' },
      ]);
      expect(await store.getStatement('no-such-statement')).toBeNull();
      expect(await store.getStatement('bad\u0000id')).toBeNull();
    });

    it('shows the most printed full wording when the first report printed only part of it', async () => {
      const own = await fixture.open();
      try {
        const full =
          'The lighthouse keepers will be paid from the harbour fund until the new pier opens next spring';
        const part = 'The lighthouse keepers will be paid from the harbour fund';
        const told: QuotingArticle[] = [
          {
            publisher: 'Daily Ledger',
            publishedAt: '2024-05-01',
            lines: [{ words: part, speaker: 'Ilse Marrow' }],
          },
          {
            publisher: 'Valley Courier',
            publishedAt: '2024-05-02',
            lines: [{ words: full, speaker: 'Ilse Marrow' }],
          },
          {
            publisher: 'Harbour Post',
            publishedAt: '2024-05-03',
            lines: [{ words: full, speaker: 'Ilse Marrow' }],
          },
        ];
        for (const spec of told) await own.putArticle(quotingArticle(spec));
        const { items } = await list(own, {});
        expect(items).toHaveLength(1);
        expect(items[0]?.canonical).toBe(full);
        expect(items[0]?.firstSeen.wording).toBe(part);
        const statement = await own.getStatement(items[0]!.id);
        expect(statement?.canonical).toBe(full);
        expect(statement?.variants.map((variant) => variant.wording)).toEqual([part]);
        // Words are searched in the canonical wording, wherever it is kept.
        expect((await list(own, { q: 'pier opens next spring' })).items).toHaveLength(1);
        expect((await list(own, { q: 'keepers will be paid' })).items).toHaveLength(1);
        expect((await list(own, { q: 'keepers will be unpaid' })).items).toHaveLength(0);
      } finally {
        await fixture.dispose(own);
      }
    });

    it('shows a wording as first printed while earlier reports come and go', async () => {
      const own = await fixture.open();
      try {
        const words =
          'The ferry timetable will change in June so that the night crossing can carry freight';
        const told = (publishedAt: string, printed: string) =>
          quotingArticle({
            publisher: `Gazette ${publishedAt}`,
            publishedAt,
            lines: [{ words: printed, speaker: 'Ilse Marrow' }],
          });
        const first = told('2024-06-02', words);
        const earlier = told('2024-06-01', words.toUpperCase());
        const later = told('2024-06-03', words.toLowerCase());
        for (const article of [first, earlier, later]) await own.putArticle(article);
        const only = async () => {
          const { items } = await list(own, {});
          expect(items).toHaveLength(1);
          return items[0]!;
        };
        // One wording, printed three ways: shown as the first article stored printed it.
        expect((await only()).canonical).toBe(words);
        expect((await only()).firstSeen.wording).toBe(words.toUpperCase());
        await own.deleteArticle(earlier.id);
        expect((await only()).firstSeen.wording).toBe(words);
        await own.deleteArticle(first.id);
        const statement = await own.getStatement((await only()).id);
        expect(statement?.firstSeen.wording).toBe(words.toLowerCase());
        expect(statement?.canonical).toBe(words);
        expect(statement?.variants).toEqual([]);
      } finally {
        await fixture.dispose(own);
      }
    });

    it('lists statements by flag, speaker, outlet, words, article and number of outlets', async () => {
      const id = await idOf(0);
      const ids = async (input: StatementQueryInput) =>
        (await list(store, input)).items.map((s) => s.id);
      expect(await ids({ flag: 'altered' })).toEqual([id]);
      expect(await ids({ flag: 'disputed' })).toEqual([id]);
      expect(await ids({ speaker: person('Tomas Quarry') })).toEqual([id]);
      expect(await ids({ speaker: person('Owen Talbrook') })).toEqual([await idOf(1, 1)]);
      expect(await ids({ outlet: 'Harbour Post' })).toEqual([id]);
      expect(await ids({ q: 'FISHING fleet' })).toEqual([id]);
      expect(await ids({ minOutlets: 6 })).toEqual([id]);
      expect(await ids({ minOutlets: 7 })).toEqual([]);
      expect(await ids({ outlet: 'Daily\u0000Ledger', q: 'harbour\u0000' })).toEqual([]);
      expect((await ids({ article: articles[4]!.id })).sort()).toEqual(
        [id, await idOf(4, 1)].sort(),
      );
      expect((await ids({ sort: 'outlets' }))[0]).toBe(id);
      expect(await ids({ sort: 'first_seen' })).toEqual([await idOf(4, 1), await idOf(1, 1), id]);
      const first = await list(store, { limit: 2 });
      expect(first.items).toHaveLength(2);
      const rest = await list(store, { limit: 2, cursor: first.next as string });
      expect(rest.items).toHaveLength(1);
      expect(rest.next).toBeNull();
      const summary = (await list(store, { flag: 'altered' })).items[0];
      expect(summary?.firstSeen.article.id).toBe(articles[0]!.id);
    });

    it("pages through one speaker's statements in order, whether they have many or few", async () => {
      // Invented lines of words drawn in a different order each, so no two are one statement.
      const words = (
        'pier ferry tide crane dredge buoy quay hull mast berth keel rope tug sail gull net ' +
        'wharf lock sluice barge cargo chart lamp bell anchor deck oar reef shoal storm ' +
        'fog gale pump winch dock slip mooring hawser ballast rudder'
      ).split(' ');
      const line = (i: number) => {
        let seed = 7 + i * 7919;
        const pick = () => {
          seed = (seed * 48271) % 2147483647;
          return words[seed % words.length]!;
        };
        return Array.from({ length: 16 }, pick).join(' ');
      };
      const many = Array.from({ length: 24 }, (_, i) =>
        quotingArticle({
          publisher: ['Daily Ledger', 'Harbour Post', 'Coast Weekly'][i % 3]!,
          publishedAt: `2024-04-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
          lines: [{ words: line(i), speaker: i === 5 ? 'Rafe Oduya' : 'Pia Lund' }],
          tag: `paging ${i}`,
        }),
      );
      const own = await fixture.open();
      try {
        for (const article of many) await own.putArticle(article);
        for (const sort of ['outlets', 'first_seen'] as const) {
          const everything = (await list(own, { sort, limit: 100 })).items;
          expect(everything.length).toBe(24);
          for (const [speaker, count] of [
            ['Pia Lund', 23],
            ['Rafe Oduya', 1],
          ] as const) {
            const expected = everything
              .filter((s) => s.speakers.some((who) => who.id === person(speaker)))
              .map((s) => s.id);
            expect(expected).toHaveLength(count);
            const paged: string[] = [];
            let cursor: string | undefined;
            do {
              const page = await list(own, { sort, speaker: person(speaker), limit: 5, cursor });
              paged.push(...page.items.map((s) => s.id));
              cursor = page.next ?? undefined;
            } while (cursor);
            expect(paged).toEqual(expected);
          }
        }
      } finally {
        await fixture.dispose(own);
      }
    });

    it('groups articles stored in one batch as it groups them stored one by one', async () => {
      const together = await fixture.open();
      try {
        // One transaction: each article must find the statements the ones before it started.
        await together.putArticles(order.map((i) => articles[i]!));
        const statements = async (s: Store) => {
          const { items } = await list(s, { limit: 100 });
          return Promise.all(items.map((summary) => s.getStatement(summary.id)));
        };
        const inBatch = await statements(together);
        expect(inBatch.length).toBeGreaterThan(1);
        expect(inBatch).toEqual(await statements(store));
        for (const article of articles)
          expect((await together.getArticle(article.id))?.quotes.map((q) => q.statementId)).toEqual(
            (await store.getArticle(article.id))?.quotes.map((q) => q.statementId),
          );
      } finally {
        await fixture.dispose(together);
      }
    });

    it('takes a deleted article out of its statements, and drops a statement left with none', async () => {
      const id = (await idOf(0)) as string;
      await store.deleteArticle(articles[3]!.id);
      expect((await store.getStatement(id))?.flags.sort()).toEqual(['disputed', 'unattributed']);
      await store.deleteArticle(articles[0]!.id);
      const after = await store.getStatement(id);
      expect(after?.firstSeen.outlet).toBe('Valley Courier');
      expect(after?.outlets).toBe(4);
      for (const i of [1, 2, 4, 5]) await store.deleteArticle(articles[i]!.id);
      expect(await store.getStatement(id)).toBeNull();
      expect((await list(store, {})).items).toEqual([]);
    });
  });
}
