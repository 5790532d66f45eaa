import type { GazetteerEntry } from './gazetteer.js';
import type { Effects } from './store.js';
import type { Ent } from './types.js';

/** The entity of a gazetteer entry, made on first use. */
export function listedEnt(fx: Effects, entry: GazetteerEntry): Ent {
  return fx.obtain({ ns: 'listed', canonical: entry.canonical }, () => ({
    kind: entry.kind,
    name: entry.canonical,
    words: entry.canonical.split(' '),
    outlet: entry.outlet === true,
  }));
}
