import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  StatementFlag,
  StatementQuery,
  type Statement,
  type StatementSummary,
} from '@sourcetrace/article-model';
import type { Store } from '@sourcetrace/store';
import { addStoreOptions, withStore, type StoreFlags } from '../lib/store.js';
import { printable } from '@sourcetrace/terminal-text';

interface StatementFlags extends StoreFlags {
  flag?: StatementFlag;
  speaker?: string;
  outlet?: string;
  minOutlets?: number;
  sort: 'outlets' | 'first_seen';
  limit: number;
  json?: boolean;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export function registerStatements(program: Command): void {
  addStoreOptions(
    program
      .command('statements')
      .description(
        'The same quoted words across outlets: who reported them first, who carried them, and whether anyone altered them',
      )
      .addOption(
        new Option('--flag <flag>', 'only altered, disputed or unattributed statements').choices(
          StatementFlag.options,
        ),
      )
      .option('--speaker <name>', 'only statements some article gave to this person')
      .option('--outlet <name>', 'only statements this outlet carried')
      .option(
        '--min-outlets <n>',
        'only statements carried by at least this many outlets',
        positive,
      )
      .addOption(
        new Option('--sort <order>', 'most carried first, or most recently first seen')
          .choices(['outlets', 'first_seen'])
          .default('outlets'),
      )
      .option('--limit <n>', 'how many to list', positive, 20)
      .option('--json', 'print the statements (with timelines and variants) as JSON lines'),
  ).action(async (flags: StatementFlags) => {
    await withStore(flags, async (store) => {
      const speaker =
        flags.speaker === undefined ? undefined : await speakerId(store, flags.speaker);
      const page = await store.listStatements(
        StatementQuery.parse({
          flag: flags.flag,
          speaker,
          outlet: flags.outlet,
          minOutlets: flags.minOutlets,
          sort: flags.sort,
          limit: Math.min(flags.limit, 200),
        }),
      );
      if (flags.json) {
        for (const item of page.items) {
          const statement = await store.getStatement(item.id);
          if (statement) process.stdout.write(JSON.stringify(statement) + '\n');
        }
        return;
      }
      if (page.items.length === 0) {
        process.stdout.write('No statements match.\n');
        return;
      }
      for (const item of page.items) {
        const statement = item.flags.includes('altered') ? await store.getStatement(item.id) : null;
        process.stdout.write(formatStatement(item, statement));
      }
    });
  });
}

/** The corpus id of the person with this name; an error naming the problem when there is none. */
async function speakerId(store: Store, name: string): Promise<string> {
  const page = await store.listEntities({ kind: 'person', q: name, sort: 'quotes', limit: 10 });
  const wanted = name.trim().toLowerCase();
  const exact = page.items.find((e) => e.name.toLowerCase() === wanted);
  const found = exact ?? page.items[0];
  if (!found) throw new Error(`no person called "${name}" in the corpus`);
  return found.id;
}

function dateOf(iso: string | null): string {
  return iso === null ? 'undated' : iso.slice(0, 10);
}

/** A statement as a few readable lines: the words, who said them, where first, and what changed. */
export function formatStatement(item: StatementSummary, statement: Statement | null): string {
  const speakers = item.speakers.map((s) => printable(s.name)).join(' / ') || 'no one named';
  const first = item.firstSeen;
  const lines = [
    `"${printable(item.canonical)}"`,
    `  said by ${speakers}; ${item.outlets} outlet${item.outlets === 1 ? '' : 's'}, ${item.occurrences} quote${item.occurrences === 1 ? '' : 's'}; first in ${printable(first.outlet ?? 'an unnamed outlet')} on ${dateOf(first.publishedAt)}`,
  ];
  if (item.flags.length > 0) lines.push(`  flags: ${item.flags.join(', ')}`);
  for (const variant of statement?.variants.filter((v) => v.altered) ?? []) {
    const changes = variant.changes
      .filter((c) => c.op !== 'same')
      .map((c) => `${c.op === 'added' ? '+' : '-'}${printable(c.text)}`)
      .join(' ');
    lines.push(`  altered (${variant.occurrences}×): ${changes}`);
  }
  lines.push(`  id ${item.id}`);
  return lines.join('\n') + '\n\n';
}
