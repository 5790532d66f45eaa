/**
 * Capitalised words that are not names: they open sentences, headings and quotes ("But",
 * "What", "Some"), or name times ("Monday", trap 11). Lowercase.
 */
export const NOT_NAME_WORDS = new Set(
  `
a about above according across after afterwards again against ago all almost along already also although
always among an and another any anyone anything are around as at back be because been before behind being
below beside besides between beyond both but by can cannot could despite did do does doing done down
during each earlier either else even ever every everyone everything few first for former from further
had has have having he her here hers herself him himself his how however i if in inside instead into is
it its itself just last later latter least less like many may maybe me meanwhile might mine more moreover
most much must my myself near nearly neither never nevertheless new next no nobody none nor not nothing
now of off often on once one only onto or other others otherwise our ours ourselves out over overall own
per perhaps please quite rather really same several shall she should since so some someone something
sometimes soon still such than that the their theirs them themselves then there therefore these they
this those though through thus to today together tomorrow too toward towards under unless until up upon
us very via was we well were what whatever when whenever where whereas wherever whether which while who
whoever whom whose why will with within without would yes yesterday yet you your yours yourself
two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty
fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion percent
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december mon tue tues wed thu thurs fri sat sun jan feb mar apr jun jul aug sep
sept oct nov dec tonight morning afternoon evening night week weekend month year decade century
christmas easter thanksgiving ramadan hanukkah halloween eid diwali covid covid-19 coronavirus omicron
delta internet web god ok okay hi hello hey oh yeah no yes please thanks thank sorry
photo video watch read listen related advertisement updated editor's note opinion analysis exclusive
breaking live sign subscribe share click
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Determiners and quantifiers trimmed from the front of a source phrase to name it. */
export const LEADING_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'several',
  'many',
  'most',
  'two',
  'three',
  'four',
  'other',
  'one',
  'another',
  'both',
  'all',
]);

/** Name particles that may sit lowercase inside a person's name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'ben',
  'dos',
  'das',
  'ter',
  'zu',
  'y',
]);

/** Suffixes that are part of a person's name: "Tom Bell Jr.", "Ada Kemp III". */
export const GENERATION_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Suffixes after a name ("Martin Luther King Jr."). */
export const NAME_SUFFIXES = new Set([
  ...GENERATION_SUFFIXES,
  'qc',
  'kc',
  'mp',
  'mpp',
  'mla',
  'phd',
  'mbe',
  'obe',
  'cbe',
  'md',
  // senior counsel: "Kiri Matagi SC"
  'sc',
  // members of parliaments and assemblies: "Jane Roe MP", "Cathal Dooley TD"
  'td',
  'msp',
  'mep',
  'mha',
  'mna',
  'mlc',
]);

/**
 * Acronyms in capitals that name no body: degrees and honours written after a name ("Ann Roe,
 * MD, MPH"), places and things of everyday copy ("the ER", "HQ", "a DJ"), times ("GMT") and
 * measures ("GDP").
 */
export const NOT_BODY_ACRONYMS = new Set([
  ...['cbe', 'cpa', 'dds', 'frcpc', 'kc', 'llb', 'lpn', 'mba', 'mbe', 'md', 'mph', 'obe'],
  ...['phd', 'qc', 'rn', 'sc'],
  ...['ai', 'atm', 'dj', 'dna', 'er', 'gp', 'gps', 'hq', 'icu', 'pc', 'suv'],
  ...['cpi', 'edt', 'est', 'gdp', 'gmt', 'pdt', 'pst', 'utc'],
]);
