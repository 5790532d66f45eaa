import { extract } from '@sourcetrace/extract';
import fs from 'fs';
const text = fs.readFileSync(0, 'utf8');
const a = extract({ text });
const ent = new Map(a.entities.map((e) => [e.id, e]));
for (const q of a.quotes) console.log(`[${q.kind} ${q.rule} ${q.confidence}] ${q.speakerId ? ent.get(q.speakerId).name : '-'} <= ${q.content.map((s) => text.slice(s.start, s.end)).join(' | ').slice(0, 90)}`);
for (const c of a.claims.filter((c) => c.sourceId || c.cue)) console.log(`  claim[${c.rule} ${c.hedge}] ${c.sourceId ? ent.get(c.sourceId).name : '-'} <= ${c.content.map((s) => text.slice(s.start, s.end)).join(' | ').slice(0, 80)}`);
console.log('people:', a.entities.filter((e) => e.kind === 'person').map((e) => e.name).join('; '));
