import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The news corpus the benchmark reads when it is there (one JSON object with `text` per line):
 * SOURCETRACE_BENCH_CORPUS, else the PolNeAR train texts in the evaluation folder beside the
 * repository.
 */
export const CORPUS_FILE =
  process.env.SOURCETRACE_BENCH_CORPUS ??
  fileURLToPath(new URL('../../../../shared/eval/dev/polnear-train.jsonl', import.meta.url));

export interface Corpus {
  name: string;
  texts: string[];
}

export function loadCorpus(targetBytes: number): Corpus {
  if (existsSync(CORPUS_FILE)) {
    const texts = readFileSync(CORPUS_FILE, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text?: unknown }).text)
      .filter((text): text is string => typeof text === 'string');
    return { name: CORPUS_FILE, texts };
  }
  return {
    name: `generated news-like corpus (${CORPUS_FILE} not found)`,
    texts: generateCorpus(targetBytes),
  };
}

/** Seeded so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Invented names, places and bodies: the generated corpus is fiction like the samples.
const PEOPLE = [
  'Mara Lindqvist',
  'Tobias Achterberg',
  'Ines Okafor',
  'Rafael Quintero',
  'Hana Sobotka',
  'Dmitri Vell',
  'Aiyana Brook',
  'Oskar Fenwright',
];
const ROLES = [
  'the council leader',
  'a spokeswoman for the port authority',
  'the union secretary',
  'an economist at Karrow University',
  'the mayor',
];
const PLACES = ['Port Elsby', 'Varnholm', 'Lower Castwick', 'the Brenna valley', 'Orrin Bay'];
const ORGS = [
  'the Elsby Harbour Board',
  'Varnholm City Council',
  'the Northern Carriers Union',
  'Tidewater Energy',
];
const OUTLETS = ['the Daily Ledger', 'Harbour Radio', 'the Tidewater Gazette', 'Reuters'];
const CLAUSES = [
  'the plan would cost more than expected',
  'talks would resume next week',
  'the vote had been brought forward',
  'residents deserved a clearer answer',
  'the figures did not add up',
  'the closure was only temporary',
];

function generateArticle(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const paragraphs = [`${pick(ORGS).replace(/^the /, '')} faces questions in ${pick(PLACES)}`];
  const count = 6 + Math.floor(next() * 10);
  for (let i = 0; i < count; i++) {
    const person = pick(PEOPLE);
    const clause = pick(CLAUSES);
    const shapes = [
      `"${clause[0]!.toUpperCase()}${clause.slice(1)}," said ${person}, ${pick(ROLES)}. Officials in ${pick(PLACES)} declined to comment.`,
      `${person} told ${pick(OUTLETS)} that ${clause}, and ${pick(ORGS)} is expected to respond on Monday.`,
      `According to ${pick(ORGS)}, ${clause}. It is understood that ${pick(PEOPLE)} has reportedly asked for a review.`,
      `“We will not accept this,” ${person} said. “Not now, and not after what happened in ${pick(PLACES)}.”`,
      `The decision, ${pick(OUTLETS)} reported, means ${clause}, a point ${pick(ROLES)} has made for months.`,
    ];
    paragraphs.push(pick(shapes));
  }
  return paragraphs.join('\n\n');
}

export function generateCorpus(targetBytes: number): string[] {
  const next = random(20260304);
  const texts: string[] = [];
  for (let bytes = 0; bytes < targetBytes;) {
    const text = generateArticle(next);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return texts;
}

/**
 * Text built to hurt a rule engine: no newline, no sentence end, capitalised words that all
 * look like names, and unbalanced quote marks of every kind.
 */
export function pathologicalText(bytes: number): string {
  const next = random(7);
  const words = [
    'Alder',
    'Brisk',
    'Corvin',
    'Dunmore',
    'Ellery',
    'Fane',
    'Garrow',
    'Hollis',
    'Said',
    'Told',
    'According',
  ];
  const marks = ['"', '“', '”', '‘', '’', "'", '«', '»', '„'];
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = words[Math.floor(next() * words.length)]!;
    const piece = next() < 0.3 ? marks[Math.floor(next() * marks.length)]! + word : word;
    parts.push(piece);
    length += piece.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/** HTML built to hurt a page reader: runaway nesting, unclosed tags, scripts and handlers. */
export function pathologicalHtml(bytes: number): string {
  const unit =
    '<div onclick="x()"><span><p>Alder “Brisk <b>Corvin <i>Dunmore <script>var s="</div>";</script>' +
    '<table><tr><td><div><section><article>Ellery said "Fane ';
  return `<html><head><script type="application/ld+json">{"@type":"NewsArticle",</script></head><body>${unit.repeat(Math.ceil(bytes / unit.length))}`.slice(
    0,
    bytes,
  );
}

/**
 * News-like text in which every quote mark is left open: sentences with speakers and cues, in
 * paragraphs, each opening a quotation that never closes.
 */
export function unbalancedQuotesText(bytes: number): string {
  const next = random(11);
  const names = ['Alder Fane', 'Corvin Hollis', 'Ellery Dunmore', 'Garrow Brisk', 'Fane', 'Hollis'];
  const openings = ['"', '“', '‘', '«', '„'];
  const clauses = [
    'the harbour will reopen in spring',
    'the council has not said when the vote will be held',
    'according to officials the repairs will cost more',
    'we were told nothing about the plan',
    'the committee heard evidence on Tuesday',
  ];
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentence =
      next() < 0.5
        ? `${pick(openings)}${pick(clauses)}, said ${pick(names)}.`
        : `${pick(names)} told the Coastal Herald that ${pick(openings)}${pick(clauses)}.`;
    const piece = next() < 0.15 ? `${sentence}\n\n` : `${sentence} `;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, bytes);
}
