// The extract flood's load generator, in its own process: its event loop, busy writing large
// bodies and reading refusals, would otherwise delay the timing of the reads measured beside it.
// It floods until told to stop, then reports its results with the CPU time it used, since on a
// small machine it competes with the server for the same cores.
import autocannon, { type Options, type Result } from 'autocannon';

export type FloodMessage = { flooding: true } | FloodDone;

export interface FloodDone {
  result: Result;
  /** CPU time this process used while flooding (s). */
  cpuSeconds: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as Options;
const before = process.cpuUsage();
const run = autocannon(options);
process.send?.({ flooding: true } satisfies FloodMessage);
process.once('message', () => run.stop());
const result = await run;
const used = process.cpuUsage(before);
process.send?.({ result, cpuSeconds: (used.user + used.system) / 1e6 } satisfies FloodMessage, () =>
  process.disconnect(),
);
