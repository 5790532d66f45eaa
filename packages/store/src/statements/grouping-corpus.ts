import type { QuotingArticle } from '../testing/statement-articles.js';

// An invented corpus for measuring how well quotes are grouped into statements. Every line
// is made up. Statements are built from three pools of clauses, so many pairs share a clause
// (a hard negative), and each is carried by several invented outlets: word for word, trimmed,
// with a word changed or added, given to another person, or with no speaker at all. Common
// phrases are then added to different statements, which must not merge because of them.

const OPENINGS = [
  'we have listened carefully to every family in the valley',
  'nobody on this board wanted the depot to close',
  'the figures we published last week were checked twice',
  'our crews worked through the night to clear the line',
  'the harbour authority has never hidden the cost of dredging',
  'this plan was drawn up with the growers themselves',
  'the museum will stay open on winter evenings',
  'every tenant in the east block has been offered a new flat',
  'the ferry timetable was written for a smaller town',
  'our nurses have carried this ward for three long years',
  'the new bridge was tested under twice its rated load',
  'farmers along the river were warned in good time',
  'the library budget has not been cut by a single coin',
  'the school kitchens will buy from local bakers again',
  'we asked the mill owners for their records in spring',
  'the tram depot fire started in an unused workshop',
  'the festival made a small profit for the first time',
  'our lawyers read the contract line by line',
  'the parish hall roof will be mended before the frost',
  'the chess club has room for forty more juniors',
  'the reservoir is fuller than it was a decade ago',
  'the airport noise survey covered nine villages',
  'we sold the old fire station to a housing trust',
  'the market traders voted by a wide margin',
];

const MIDDLES = [
  'and the answer they gave us was clear',
  'but the money simply was not there in time',
  'so we will publish every page of the report',
  'although the weather turned against us on Tuesday',
  'and I am proud of how the volunteers responded',
  'yet some councillors still refuse to read the evidence',
  'because the insurers would not cover the old boilers',
  'while the contractor kept to the agreed price',
  'and the inspectors found nothing out of order',
  'so the tolls will stay exactly where they are',
  'but the regional office never replied to our letters',
  'and the next step is a public meeting in March',
  'because the river rose faster than any forecast',
  'and the accounts will be open to anyone who asks',
  'though the grant arrived six months late',
  'and the wardens have doubled their night patrols',
  'so the fares for pensioners will fall next month',
  'but the survey team needs another season',
  'and the harbour pilots have backed the change',
  'because the old cables could not carry the load',
  'yet the trust has kept every promise it made',
  'and the rebuilt stand will hold eight thousand',
  'so nobody will lose a job over this decision',
  'but the ministry has to match our funding',
];

const CLOSINGS = [
  'that is the whole truth of the matter',
  'and we will not be rushed into a bad deal',
  'so people can judge the results for themselves',
  'and I expect the work to finish by autumn',
  'which is more than the last administration managed',
  'and the doors stay open to anyone with a better idea',
  'because this town deserves straight answers',
  'and we owe that to the children of the valley',
  'so the savings go back into the buses',
  'and the first tenants move in before Christmas',
  'which the auditors will confirm in their report',
  'and the orchestra will play the opening night',
  'so the riverbank path reopens in the spring',
  'and every penny will be accounted for',
  'because the pier cannot wait another winter',
  'and the choir has already booked the hall',
  'so the night buses run until two again',
  'and no fisherman will pay a higher berth fee',
  'because the clinic is the heart of the village',
  'and the new pumps arrive from the coast next week',
  'so the allotments stay with the families who tend them',
  'and the records will be kept in the county archive',
  'which is why we chose the slower but safer route',
  'and the lighthouse keepers will be the first to know',
];

/** Invented outlets and people, shared with the statements bench. */
export const OUTLETS = [
  'Daily Ledger',
  'Valley Courier',
  'Harbour Post',
  'Evening Lantern',
  'County Wire',
  'Morning Herald of Eastmere',
  'Riverside Gazette',
];

export const PEOPLE = [
  'Ilse Marrow',
  'Tomas Quarry',
  'Nadia Ferreby',
  'Owen Talbrook',
  'Priya Castell',
  'Joris Wendell',
  'Maud Lindqvist',
  'Caspar Oyelaran',
];

/** Phrases many people say; put into different statements, they must not merge them. */
const COMMON_PHRASES = [
  'we are deeply disappointed by this decision',
  'we will continue to work with all partners',
  'our thoughts are with the families at this time',
];

const SWAPS: [string, string][] = [
  ['carefully', 'closely'],
  ['clear', 'plain'],
  ['whole', 'simple'],
  ['never', 'not'],
  ['proud', 'glad'],
];

/** A quote in the corpus and the statement it truly belongs to. */
export interface LabelledQuote {
  article: string;
  quoteId: string;
  truth: number;
}

function alter(words: string[], index: number): string[] {
  const out = [...words];
  const at = out.findIndex((word) => SWAPS.some(([from]) => from === word));
  if (at >= 0) out[at] = (SWAPS.find(([from]) => from === out[at]) as [string, string])[1];
  else out.splice(Math.floor(out.length / 2), 0, index % 2 === 0 ? 'really' : 'certainly');
  return out;
}

/**
 * The corpus: `count` statements, each carried by three to five outlets, a few of them
 * altered, trimmed, misattributed or unattributed, and the common-phrase statements.
 */
export function groupingCorpus(count = 72): { articles: QuotingArticle[]; truth: number[][] } {
  const articles: QuotingArticle[] = [];
  const truth: number[][] = [];
  const day = (n: number) => new Date(Date.UTC(2024, 2, 1 + n)).toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const words = [
      OPENINGS[i % OPENINGS.length],
      MIDDLES[(i + Math.floor(i / OPENINGS.length) * 5 + 3) % MIDDLES.length],
      CLOSINGS[(i * 5 + Math.floor(i / OPENINGS.length) * 11 + 7) % CLOSINGS.length],
    ]
      .join(' ')
      .split(' ');
    const speaker = PEOPLE[i % PEOPLE.length] as string;
    const other = PEOPLE[(i + 3) % PEOPLE.length] as string;
    const carriers = 3 + (i % 3);
    for (let c = 0; c < carriers; c++) {
      let printed = words;
      let given: string | null = speaker;
      const variant = (i + c) % 6;
      if (c > 0 && variant === 1) printed = words.slice(0, Math.ceil(words.length * 0.6));
      if (c > 0 && variant === 2) printed = words.slice(Math.floor(words.length * 0.4));
      if (c > 0 && variant === 3) printed = alter(words, i);
      if (c > 0 && variant === 4 && i % 4 === 0) given = other;
      if (c > 0 && variant === 5 && i % 5 === 0) given = null;
      const sentence = printed.join(' ');
      articles.push({
        publisher: OUTLETS[(i + c) % OUTLETS.length] as string,
        publishedAt: day((i % 20) + c),
        tag: `${i}-${c}`,
        lines: [{ words: sentence.charAt(0).toUpperCase() + sentence.slice(1), speaker: given }],
      });
      truth.push([i]);
    }
  }
  // Each common phrase opens several different statements: same phrase, different words after.
  let n = count;
  COMMON_PHRASES.forEach((phrase, p) => {
    for (let k = 0; k < 4; k++, n++) {
      const rest = [
        MIDDLES[(p * 5 + k * 3) % MIDDLES.length],
        CLOSINGS[(p * 7 + k * 5 + 1) % CLOSINGS.length],
      ];
      const sentence = `${phrase} ${rest.join(' ')}`;
      for (let c = 0; c < 2; c++) {
        articles.push({
          publisher: OUTLETS[(n + c) % OUTLETS.length] as string,
          publishedAt: day(k + c),
          tag: `common-${p}-${k}-${c}`,
          lines: [
            {
              words: sentence.charAt(0).toUpperCase() + sentence.slice(1),
              speaker: PEOPLE[(p + k) % PEOPLE.length] as string,
            },
          ],
        });
        truth.push([n]);
      }
    }
  });
  return { articles, truth };
}
