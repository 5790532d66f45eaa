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

/**
 * The web viewer's end-to-end tests drive the system Chromium (never a downloaded browser).
 * Where it is missing and Debian's apt can be run (root), it is installed; otherwise the
 * tests that need it fail and say why.
 */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !apt) {
    console.warn(
      `No Chromium at ${path}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    return;
  }
  console.log('Installing Chromium from Debian packages for the browser tests ...');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function install() {
  ensurePnpm();
  run('pnpm', ['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]);
}

/** Sums the vitest JSON reports into the one closing line CI reads. */
function summariseTests() {
  let passed = 0;
  let failed = 0;
  // A test file that fails before any test runs (a missing browser, a syntax error) has no
  // failed test of its own: it is counted here so the line never reads green over it.
  let brokenFiles = 0;
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(join(root, group))) {
      const report = join(root, group, name, 'test-results', 'vitest.json');
      if (!existsSync(report)) continue;
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      brokenFiles += json.testResults.filter(
        (file) => file.status === 'failed' && file.assertionResults.length === 0,
      ).length;
    }
  }
  const broken = brokenFiles ? `, ${brokenFiles} test file(s) could not run` : '';
  console.log(`\nTests: ${passed} passed, ${failed} failed${broken}`);
  return failed + brokenFiles;
}

if (mode === 'start') {
  install();
  run('pnpm', ['run', 'build']);
  run('node', ['apps/cli/dist/main.js', 'serve', '--load-samples', ...process.argv.slice(3)]);
} else if (mode === 'test') {
  install();
  ensureChromium();
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
