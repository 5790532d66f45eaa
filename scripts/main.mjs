#!/usr/bin/env node
// The README's two commands: `npm start` (install, build, load the samples, serve) and
// `npm test` (install, build, typecheck, lint, every test). They need only Node.js and npm:
// pnpm is installed into .tools/ when it is not already on the PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '10';
const mode = process.argv[2];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    ...options,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(
      `\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
}

function hasPnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim().startsWith(PNPM_VERSION + '.');
}

function ensurePnpm() {
  if (hasPnpm()) return;
  const tools = join(root, '.tools');
  const bin = join(tools, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'pnpm'))) {
    console.log(`Installing pnpm@${PNPM_VERSION} into .tools/ ...`);
    run('npm', [
      'install',
      '--prefix',
      tools,
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${PNPM_VERSION}`,
    ]);
  }
  process.env.PATH = bin + delimiter + process.env.PATH;
}

function install() {
  ensurePnpm();
  run('pnpm', ['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

/** Sums the vitest JSON reports into the one closing line CI reads. */
function summariseTests() {
  let passed = 0;
  let failed = 0;
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(join(root, group))) {
      const report = join(root, group, name, 'test-results', 'vitest.json');
      if (!existsSync(report)) continue;
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    }
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  return failed;
}

if (mode === 'start') {
  install();
  run('pnpm', ['run', 'build']);
  run('node', ['apps/cli/dist/main.js', 'serve', '--load-samples', ...process.argv.slice(3)]);
} else if (mode === 'test') {
  install();
  run('pnpm', ['run', 'build']);
  run('pnpm', ['run', 'typecheck']);
  run('pnpm', ['run', 'lint']);
  const tests = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--continue'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const failed = summariseTests();
  process.exit(tests.status === 0 && failed === 0 ? 0 : 1);
} else {
  console.error('usage: node scripts/main.mjs start|test');
  process.exit(2);
}
