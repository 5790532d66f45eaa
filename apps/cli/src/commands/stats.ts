import type { Command } from 'commander';
import type { CorpusStats, EntityRef } from '@sourcetrace/article-model';
import { addStoreOptions, withStore, type StoreFlags } from '../lib/store.js';
import { printable } from '@sourcetrace/terminal-text';

export function registerStats(program: Command): void {
  addStoreOptions(
    program
      .command('stats')
      .description('Counts, and the most quoted speakers, most used outlets and most cited sources')
      .option('--json', 'print the figures as JSON'),
  ).action(async (flags: StoreFlags & { json?: boolean }) => {
    const stats = await withStore(flags, (store) => store.stats());
    process.stdout.write(flags.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
  });
}

export function formatStats(stats: CorpusStats): string {
  const figures: [string, number][] = [
    ['articles', stats.articles],
    ['quotes', stats.quotes],
    ['claims', stats.claims],
    ['entities', stats.entities],
    ['people', stats.people],
  ];
  const width = Math.max(...figures.map(([, n]) => String(n).length));
  const lines = figures.map(([name, n]) => `${String(n).padStart(width)}  ${name}`);
  const ranking = (title: string, rows: { entity: EntityRef; count: number }[], unit: string) => {
    lines.push('', title);
    if (rows.length === 0) lines.push('  (none yet)');
    const countWidth = Math.max(0, ...rows.map((row) => String(row.count).length));
    for (const { entity, count } of rows)
      lines.push(`  ${String(count).padStart(countWidth)} ${unit}  ${describe(entity)}`);
  };
  ranking('Most quoted speakers', stats.topSpeakers, 'quotes');
  ranking('Outlets, by quotes they gave or carried', stats.topOutlets, 'quotes');
  ranking('Most cited sources of claims', stats.topSources, 'claims');
  return lines.join('\n') + '\n';
}

function describe(entity: EntityRef): string {
  const name = printable(entity.name);
  const descriptor =
    entity.descriptor && entity.descriptor !== entity.name ? printable(entity.descriptor) : null;
  const notes = [descriptor, entity.anonymous && 'unnamed'].filter(Boolean);
  return notes.length > 0 ? `${name} (${notes.join(', ')})` : name;
}
