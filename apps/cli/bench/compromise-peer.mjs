// The peer as a whole process: reads the same JSON lines and runs compromise's people, places,
// organisations and quotations on each text, as `sourcetrace extract --jsonl` is run whole.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

let articles = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = nlp(JSON.parse(line).text);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
  doc.quotations().out('array');
  articles++;
}
process.stdout.write(`${articles}\n`);
