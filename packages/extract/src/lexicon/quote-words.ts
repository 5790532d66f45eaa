/** Words the quote rules consult after a cue and around a speaker. All lowercase. */
import { PREPOSITIONS } from './words.js';

/** Verbs whose object is the person or outlet spoken to ("told CBC", "assured reporters"). */
export const RECIPIENT_VERBS = new Set([
  'tell',
  'told',
  'tells',
  'telling',
  'inform',
  'informed',
  'informs',
  'assure',
  'assured',
  'assures',
  'remind',
  'reminded',
  'reminds',
  'warn',
  'warned',
  'warns',
  'ask',
  'asked',
  'asks',
  'urge',
  'urged',
  'urges',
  'exhort',
  'exhorted',
  'exhorts',
]);

/**
 * Verbs of writing whose object may be who it is written to, before "that": "wrote the Gazette
 * that ...", "emailed reporters that ...", "texted her that ...".
 */
export const WRITTEN_TO_VERBS = new Set([
  'write',
  'writes',
  'wrote',
  'email',
  'emailed',
  'emails',
  'text',
  'texted',
  'texts',
  'message',
  'messaged',
  'messages',
]);

/** The forms of "tell": its object is the person told, never the content. */
/** Pronouns of amount that a cue can take as its object: "said nothing", "said little". */
export const INDEFINITE_OBJECTS = new Set([
  'anything',
  'everything',
  'little',
  'nothing',
  'something',
]);

export const TELL_FORMS = new Set(['tell', 'told', 'tells', 'telling']);

/** Finite forms of saying that no possessive can stand before as a noun ("St Anne's said"). */
export const FINITE_SAYING = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/**
 * Adverbs of time that open a sentence before its subject with no comma ("Later he said",
 * "Then the mayor added"): they are no part of the speaker.
 */
export const OPENING_TIME_ADVERBS = new Set([
  'afterward',
  'afterwards',
  'earlier',
  'later',
  'meanwhile',
  'now',
  'previously',
  'recently',
  'then',
  'today',
  'tonight',
  'yesterday',
]);

/**
 * Adverbs that open a sentence before its subject ("Soon after the vote, the union ...",
 * "Still, the mayor ...", "Perhaps the board will ..."): never the subject themselves. The
 * adverbs of time above and those in -ly are read as such too.
 */
export const FRONTING_ADVERBS = new Set([
  'again',
  'hence',
  'however',
  'indeed',
  'instead',
  'maybe',
  'moreover',
  'nevertheless',
  'nonetheless',
  'once',
  'otherwise',
  'perhaps',
  'soon',
  'still',
  'thus',
]);

/** Adverbs that may close a reporting clause: `told The Herald then.` */
export const TRAILING_ADVERBS = new Set([
  'then',
  'later',
  'earlier',
  'recently',
  'again',
  'too',
  'also',
  'yesterday',
  'today',
  'tonight',
  'afterward',
  'afterwards',
  'repeatedly',
  'publicly',
  'privately',
  // the manner of saying: `said bluntly that ...`, `told reporters separately that ...`
  'angrily',
  'bluntly',
  'calmly',
  'candidly',
  'firmly',
  'flatly',
  'frankly',
  'openly',
  'plainly',
  'quietly',
  'separately',
]);

/**
 * Prepositions a clause may end on with their object left out ("the trustees who voted
 * against said", "those who spoke for said"): the verb after them may still be the main one.
 */
export const STRANDED_PARTICLES = new Set(['against', 'for']);

/** Forms of "report" an outlet closes a sentence with: "..., Northshore Radio reported." */
export const REPORTING_FORMS = new Set(['reported', 'reports']);

/** What a headline calls a talk with someone: "...: a conversation with biologist Ana Ruiz". */
export const INTERVIEW_NOUNS = new Set(['chat', 'conversation', 'interview', 'q&a']);

/** Words that join another speaker's clause on after reported words (", but Ann Roe disagreed"). */
export const JOINED_CLAUSE_OPENERS = new Set(['and', 'but', 'whereas', 'while']);

/** Words that open reported content after a cue. */
export const CONTENT_OPENERS = new Set(['that', 'whether', 'if']);

/**
 * Prepositions whose phrase is always a circumstance of the saying, never its object: such a
 * phrase closed by a comma is a frame whatever its noun ("said despite the storm, ...").
 */
export const CIRCUMSTANCE_PREPOSITIONS = new Set(['despite', 'under', 'without']);

/** Prepositions that open a frame after a cue ("in a statement", "in an interview with", "on CBC"). */
export const FRAME_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'to',
  'with',
  'through',
  'via',
  'over',
  'after',
  'before',
  'from',
  'for',
  'of',
  'aboard',
  'amid',
  'outside',
  'inside',
  'near',
  'following',
  'alongside',
  'without',
  'under',
  'despite',
]);

/** Verbs by which a speaker puts out a statement, interview or post ("issued a statement saying ..."). */
export const ISSUING_VERBS = new Set([
  'issued',
  'released',
  'posted',
  'gave',
  'sent',
  'published',
  'wrote',
  'shared',
  'delivered',
  'made',
  'held',
  'filed',
  'tweeted',
  'put',
]);

/** What a protester holds up, whose words are theirs: "held a sign reading ...". */
export const HELD_UP_NOUNS = new Set([
  'banner',
  'banners',
  'placard',
  'placards',
  'poster',
  'posters',
  'shirts',
  'sign',
  'signs',
  't-shirt',
  't-shirts',
]);

/** Verbs of holding up or wearing what HELD_UP_NOUNS name: "carried banners reading ...". */
export const HOLDING_UP_VERBS = new Set([
  'bore',
  'brandished',
  'carried',
  'displayed',
  'held',
  'hoisted',
  'hung',
  'raised',
  'waved',
  'wore',
]);

/** Nouns that make a prepositional phrase after a cue a frame: where or how it was said. */
export const FRAME_NOUNS = new Set([
  'statement',
  'interview',
  'release',
  'post',
  'speech',
  'conference',
  'briefing',
  'call',
  'email',
  'letter',
  'tweet',
  'video',
  'message',
  'appearance',
  'hearing',
  'podcast',
  'show',
  'meeting',
  'rally',
  'remarks',
  'address',
  'op-ed',
  'column',
  'essay',
  'blog',
  'report',
  'filing',
  'testimony',
  'session',
  'event',
  'broadcast',
  'radio',
  'television',
  'phone',
  'telephone',
  'reporters',
  'journalists',
  'court',
  'debate',
  'documents',
  'note',
  'memo',
  'text',
  'response',
  'emailed',
  'written',
  'news',
  'social',
  'media',
  'website',
  'scene',
  'time',
  'week',
  'weekend',
  'morning',
  'evening',
  'night',
  'afternoon',
  'day',
]);

/** Nouns that announce what was asked or said after a colon: "asked the pilots a question: ...". */
export const LEAD_IN_NOUNS = new Set(['question', 'questions', 'message', 'warning', 'plea']);

/**
 * Frame nouns that are also verbs: right after "to" they are an infinitive ("asked the crowd to
 * phone the council"), not where something was said ("said to reporters").
 */
export const VERBAL_FRAME_NOUNS = new Set([
  'address',
  'call',
  'email',
  'message',
  'note',
  'phone',
  'post',
  'report',
  'show',
  'telephone',
  'text',
  'tweet',
  'video',
]);

/**
 * Cue forms whose past tense is written as the base form: after a singular subject issued in
 * someone's voice they are past ("the letter read"), not a plural verb in want of agreement.
 */
export const PAST_AS_BASE = new Set(['read']);

/** Base forms of cues that are seldom nouns: "observers in Virginia say" needs no plural check. */
export const RARELY_NOUNS = new Set([
  'say',
  'tell',
  'think',
  'believe',
  'argue',
  'insist',
  'contend',
  'warn',
  'suggest',
  'explain',
  'acknowledge',
  'admit',
  'predict',
  'agree',
  'expect',
]);

/** Collective nouns that take a plural verb ("police say", "data show"). */
export const COLLECTIVES = new Set([
  'police',
  'people',
  'staff',
  'public',
  'media',
  'military',
  'crowd',
  'government',
  'family',
  'team',
  'press',
  'clergy',
  'faculty',
  'data',
]);

/** Links after the head noun of a subject ("documents from the agency", "members of the board"). */
export const HEAD_LINKS = new Set(['at', 'for', 'from', 'in', 'of', 'on', 'with']);

/** Pronouns that take a plural verb ("they say"), so the cue after them is a verb. */
export const PLURAL_PRONOUNS = new Set(['i', 'we', 'they', 'you']);

/** "add" has an everyday sense ("added value"): as a cue it needs a clause, a quote or a colon after it. */
export const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);

/**
 * Verbs of answering whose "to" names what was answered, never what was said: "responded to
 * the criticism", "did not reply to a request for comment".
 */
export const RESPONDING_FORMS = new Set([
  'react',
  'reacted',
  'reacting',
  'reacts',
  'replied',
  'replies',
  'reply',
  'replying',
  'respond',
  'responded',
  'responding',
  'responds',
]);

/** A bare answer that is all a verb of saying reports: "the harbourmaster said no." */
export const ANSWER_WORDS = new Set(['no', 'yes']);

/** Words that point back at something said before: "said that", "added so" carry no content. */
export const REFERRING_WORDS = new Set([
  'that',
  'this',
  'it',
  'so',
  'them',
  'those',
  'these',
  'otherwise',
  'nothing',
]);

/** Speech verbs whose object is a reported clause, so "X did this and said Y" reports Y. */
export const CLAUSE_TAKING_CUES = new Set([
  ...['said', 'says', 'added', 'adds', 'told', 'tells', 'warned', 'warns'],
  ...['insisted', 'insists', 'argued', 'argues', 'noted', 'notes', 'stressed', 'stresses'],
]);

/**
 * Verbs of saying whose object may be a thing as well as a reported clause ("announced plans",
 * "explained its importance"): "X did this and announced Y" reports Y only when Y is a clause.
 * Past forms only where the -s form is mostly a noun ("claims", "reports", "states").
 */
export const CLAUSE_OR_THING_CUES = new Set([
  ...['announced', 'announces', 'explained', 'explains', 'claimed', 'stated', 'declared'],
  ...['acknowledged', 'admitted', 'conceded', 'confirmed', 'revealed', 'predicted'],
  ...['promised', 'vowed', 'replied', 'responded', 'suggested', 'maintained', 'recalled'],
  ...['reported', 'wrote', 'writes', 'complained'],
]);

/** Words ending in -ly that are nouns, not adverbs ("a rally", "the family"). */
export const LY_NOUNS = new Set([
  'ally',
  'family',
  'assembly',
  'rally',
  'supply',
  'reply',
  'monopoly',
  'anomaly',
  'italy',
  'bully',
  'belly',
  'folly',
  'jelly',
]);

/** Lowercase words inside a title: "State of the Union", "Face the Nation". */
export const TITLE_SMALL_WORDS = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'and', 'or']);

/** Words that join a programme's title to its hosts or guests ("the hosts of \"Morning Talk\""). */
export const TITLE_LINKS = new Set(['of', 'on', 'from']);

/** After a recipient, words that open what was told ("warned officials that", "told them about"). */
export const RECIPIENT_CLOSERS = new Set([
  'that',
  'to',
  'about',
  'of',
  'whether',
  'if',
  // a question put to someone: "asked the council how it would pay"
  'how',
  'what',
  'why',
  'which',
]);

/**
 * Lowercase words that are the one told ("told reporters", "assured her"): the object pronouns
 * that name a person (not "it" or "you", unlike OBJECT_PRONOUNS) and the press.
 */
export const RECIPIENT_WORDS = new Set([
  'him',
  'her',
  'them',
  'us',
  'me',
  'reporters',
  'journalists',
  // bodies told with no article: "told council the lane ...", "told court she ..."
  'cabinet',
  'caucus',
  'council',
  'court',
  'parliament',
  'police',
]);

/** Prepositions before a named channel ("told Fox", "in an interview with CBC", "via Radio 4"). */
export const CHANNEL_PREPOSITIONS = new Set(['with', 'to', 'on', 'via', 'through', 'in']);

/**
 * Participles of an aside that say where a speaker's words appeared, and the prepositions that
 * open the outlet after them: "Ivo Marr, writing in the Ledger, said", ", speaking on CBC,".
 */
export const ASIDE_CHANNEL_PARTICIPLES = new Set(['speaking', 'talking', 'writing']);
export const ASIDE_CHANNEL_PREPOSITIONS = new Set(['for', 'in', 'on', 'to', 'with']);

/**
 * Social platforms a speaker posts on ("wrote Ann Roe on Facebook"): a medium, no topic, and
 * the channel the words came through (capitalised: "on X", "on Threads").
 */
export const SOCIAL_PLATFORMS = new Set([
  'bluesky',
  'facebook',
  'instagram',
  'linkedin',
  'mastodon',
  'reddit',
  'snapchat',
  'telegram',
  'threads',
  'tiktok',
  'twitter',
  'whatsapp',
  'x',
  'youtube',
]);

/** The prepositions of a frame that can follow an inverted speaker ("said Ann Roe in a statement"). */
export const SPEAKER_FRAME_PREPOSITIONS = new Set(['during', 'in', 'on', 'via']);

/** The prepositions a channel may follow with a determiner between ("on the BBC", "wrote in the Herald"); a subset. */
export const CHANNEL_PREPOSITIONS_BEFORE_DETERMINER = new Set(['with', 'to', 'on', 'in']);

/** Forms of "be": an auxiliary group holding one is passive ("was told"). */
export const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Words that open a relative clause after a name ("Ann Roe, who ..."). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom', 'that']);

/** Relative words that open an aside after a comma ("At the port, where ..., Mara Quist said"). */
export const ASIDE_RELATIVES = new Set(['where', 'who', 'whom', 'whose', 'which']);

/** The relative pronoun whose clause reports a speaker's words (", who said ..."); "which" hangs on things. */
export const SPEAKING_RELATIVES = new Set(['who']);

/** The relative pronoun of a named body after a comma ("the Harbour Union, which endorsed ..."). */
export const BODY_RELATIVES = new Set(['which']);

/**
 * Relatives that open a clause describing people with no comma: "pilots who ...", "groups
 * that ...", "growers whose contracts ...".
 */
export const RESTRICTIVE_RELATIVES = new Set(['that', 'who', 'whose']);

/**
 * Words that end a group of people picked out by a "who said" clause with no comma: "those who
 * say", "12 percent who said" (plural people nouns are in PEOPLE_PLURALS).
 */
export const GROUP_HEADS = new Set(['%', 'percent', 'those']);

/** Relative pronouns of a clause with a speaker inside ("a levy, which he said would ...", "sons, who she said were ..."). */
export const EMBEDDING_RELATIVES = new Set(['that', 'what', 'which', 'who', 'whom']);

/** Third-person subject pronouns that may stand alone as a speaker ("She said"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/** Conjunctions that join a second verb to the same subject ("... and said", "... but said"). */
export const COORDINATORS = new Set(['and', 'but']);

/** Words joining names in a list: "Ana Ruiz or Tom Bell", "Ada Kemp and Ivo Marr". */
export const NAME_LIST_JOINERS = new Set(['and', 'or']);

/**
 * Words joining a later clause to the sentence, whose subject a participle after that clause
 * hangs on: "the union sued, and the city hit back, saying ...", "... while rivals objected,".
 */
export const LATER_CLAUSE_JOINERS = new Set(['and', 'but', 'whereas', 'while']);

/** Particles after "call" that make it a cue ("called for", "calls on", "called upon"). */
export const CALL_PARTICLES = new Set(['for', 'on', 'upon']);

/** The particles after which "point" says something ("pointed out", "points to"); "point fingers" does not. */
export const POINT_PARTICLES = new Set(['out', 'to']);

/** Words before "name" when it is a source's own: "asked that her last name not be used". */
export const OWN_NAME_WORDS = new Set(['first', 'full', 'her', 'his', 'last', 'my', 'their']);

/**
 * Labels that open a section of a news roundup or a notice, never a speaker's line ("ENERGY:
 * Crude fell ...", "CORRECTION: ..."). Lowercase.
 */
export const SECTION_LABELS = new Set([
  'energy',
  'currencies',
  'currency',
  'bonds',
  'stocks',
  'markets',
  'commodities',
  'metals',
  'gold',
  'oil',
  'asia',
  'europe',
  'update',
  'updates',
  'correction',
  'clarification',
  'editor',
  'note',
  'background',
  'related',
  'watch',
  'listen',
  'video',
  'photos',
  'timeline',
  'analysis',
  'warning',
  'previously',
  'email',
]);

/** Words after a name in a headline that say to whom or where it spoke: "Ruiz to Pilots:". */
export const HEADLINE_ADDRESS_LINKS = new Set(['at', 'on', 'to']);

/** Who hears a quote in court, not who says it: "..., the jury heard", "the inquest was told". */
export const HEARING_BODIES = new Set([
  'committee',
  'court',
  'courtroom',
  'hearing',
  'inquest',
  'inquiry',
  'jury',
  'panel',
  'tribunal',
  'trial',
]);

/**
 * Labels a headline opens with before a colon ("Breaking: ...", "Watch: ..."): they say what
 * kind of story it is, not who speaks.
 */
export const HEADLINE_LABELS = new Set([
  'breaking',
  // "Q&A: Ann Roe on ...": an interview's label, the interviewee answers below
  'q&a',
  'wow',
  'look',
  'watch',
  'revealed',
  'exclusive',
  'update',
  'updated',
  'video',
  'videos',
  'photo',
  'photos',
  'gallery',
  'live',
  'opinion',
  'editorial',
  'analysis',
  'explainer',
  'explained',
  'review',
  'listen',
  'read',
  'boom',
  'bombshell',
  'busted',
  'recap',
  'timeline',
  'quiz',
  'podcast',
  'column',
  'commentary',
  'letters',
  'obituary',
  'sponsored',
  'correction',
  'factbox',
  'q',
  'file',
]);

/**
 * Words opening an adverbial clause after a cue's object ("responded a minute later when Kemp
 * scored"): the clause's verbs are not the object's.
 */
export const ADVERBIAL_OPENERS = new Set([
  'after',
  'although',
  'because',
  'before',
  'once',
  'though',
  'unless',
  'until',
  'when',
  'whereas',
  'while',
]);

/** Relative pronouns that, after a comma, hang a clause on a cue's object ("a profit, which rose"). */
export const OBJECT_RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/** What opens a relative clause after a noun: the relative pronouns and "that" ("a shop that sells shoes"). */
export const RELATIVE_OPENERS = new Set([...OBJECT_RELATIVES, 'that']);

/**
 * Modals before a verb of saying that put the words in the future or in doubt ("will argue",
 * "could say", "may claim"): nothing has been said yet. "Would" is left out: narrative "would
 * later say" reports words that were said.
 */
export const UNSAID_MODALS = new Set(['could', 'may', 'might', 'must', 'shall', 'should', 'will']);

/** Words that hang a participle on the subject of its clause ("by saying", "while noting"). */
export const GERUND_LINKS = new Set([
  'after',
  'before',
  'by',
  'despite',
  'on',
  'upon',
  'when',
  'while',
]);

/**
 * Verbs whose object, not their subject, does what the "to" after it says ("invited the mayor
 * to speak", "hired a firm to explain"). Lemmas.
 */
export const OBJECT_CONTROL_VERBS = [
  'allow',
  'appoint',
  'convince',
  'dare',
  'encourage',
  'force',
  'hire',
  'invite',
  'leave',
  'order',
  'permit',
  'persuade',
  'pressure',
  'prompt',
  'require',
  'send',
];

/** Verbs after which what "to" says was left unsaid ("refused to say", "struggled to explain"). Lemmas. */
export const UNDONE_VERBS = [
  'decide',
  'decline',
  'fail',
  'forget',
  'hesitate',
  'neglect',
  'refuse',
  'struggle',
];

/**
 * Verb forms whose object a cue word in -s names: "faces charges", "filed claims", "dropped
 * charges", "pressing charges", "sparked fears", "easing fears". The cue form after them is a
 * noun, no verb of saying or believing.
 */
export const CUE_NOUN_TAKERS = new Set([
  'allay',
  'allayed',
  'allaying',
  'allays',
  'bring',
  'bringing',
  'brings',
  'brought',
  'calm',
  'calmed',
  'calming',
  'calms',
  'drop',
  'dropped',
  'dropping',
  'drops',
  'ease',
  'eased',
  'eases',
  'easing',
  'face',
  'faced',
  'faces',
  'facing',
  'file',
  'filed',
  'files',
  'filing',
  'fuel',
  'fueled',
  'fueling',
  'fuelled',
  'fuelling',
  'fuels',
  'heighten',
  'heightened',
  'heightening',
  'heightens',
  'laid',
  'lay',
  'laying',
  'lays',
  'lodge',
  'lodged',
  'lodges',
  'lodging',
  'press',
  'pressed',
  'presses',
  'pressing',
  'raise',
  'raised',
  'raises',
  'raising',
  'spark',
  'sparked',
  'sparking',
  'sparks',
  'stoke',
  'stoked',
  'stokes',
  'stoking',
  'trigger',
  'triggered',
  'triggering',
  'triggers',
  'withdraw',
  'withdrawing',
  'withdrawn',
  'withdraws',
  'withdrew',
]);

/** Nouns whose "to" says what was meant, not done ("the decision to tell", "a bid to say"). */
export const INTENTION_NOUNS = new Set([
  'attempt',
  'bid',
  'campaign',
  'decision',
  'desire',
  'drive',
  'effort',
  'intention',
  'move',
  'plan',
  'pledge',
  'promise',
  'proposal',
  'push',
  'refusal',
  'vow',
  'willingness',
]);

/**
 * Words that open a clause fronted before the sentence's own ("When Ada Kemp said the port
 * would close, pilots walked out"): what a cue inside it reports ends with that clause. ("As
 * Kemp said, the port is old", with nothing reported inside the clause, reports the sentence's
 * own: the as-put-it rule.)
 */
export const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...ADVERBIAL_OPENERS,
  'as',
  'if',
  'since',
  'whenever',
]);

/**
 * Words after a verb of saying that tell when or where it was said ("as Kemp said on Monday,",
 * "as she noted last week,"): the verb has no object of its own.
 */
export const SAYING_ADJUNCT_OPENERS = new Set([
  'at',
  'during',
  'earlier',
  'in',
  'last',
  'on',
  'this',
]);

/** The noun of "in her words", "in the words of one pilot": the sentence is theirs. */
export const WORDS_NOUNS = new Set(['words']);

/**
 * What a quote was, in the sentence after it that names its speaker ("That was the verdict of
 * Ann Roe"), beside the noun cues ("warning", "message", "view").
 */
export const NAMED_AFTER_NOUNS = new Set([
  ...WORDS_NOUNS,
  'verdict',
  'advice',
  'plea',
  'reaction',
  'comment',
  'explanation',
  'description',
  'thinking',
  'mantra',
  'motto',
]);

/** Demonstratives that point back at a quote: "That was ...", "Those were ...". */
export const POINTING_BACK = new Set(['that', 'this', 'those', 'these', 'such']);

/** The verbs of "as Ann Roe put it" (its object is always "it"). */
export const PUT_IT_VERBS = new Set(['put', 'puts']);

/** Ranks before a noun that an infinitive completes: "the first pilot to cross the strait". */
export const RANK_MODIFIERS = new Set([
  'first',
  'last',
  'latest',
  'next',
  'oldest',
  'only',
  'second',
  'sole',
  'third',
  'youngest',
]);

/** Labels of an interview's question and answer lines: `Q: Why now?` / `A: The port was ready.` */
export const INTERVIEW_LABELS = new Set(['a', 'q']);

/**
 * Participles that give a described speaker's name ("said a pilot known as Tom", "identified
 * only as Ada", "a man named Ivo Marsh"), each with whether "as" comes before the name.
 */
export const NAMING_PARTICIPLES: ReadonlyMap<string, boolean> = new Map([
  ['identified', true],
  ['known', true],
  ['named', false],
]);

/** Participles that give a document's or a work's title ("a leaflet titled Port Notes"). */
export const TITLING_PARTICIPLES = new Set(['called', 'entitled', 'headlined', 'titled']);

/**
 * Phrases set off between a speaker and the cue that only link the sentence to what came
 * before ("Ann Roe, for her part, said", "The union, in turn, accused ..."): no part of the
 * speaker. Each is its words in lower case, joined by one space.
 */
export const DISCOURSE_ASIDES = new Set([
  'as well',
  'by contrast',
  'for her part',
  'for his part',
  'for its part',
  'for our part',
  'for their part',
  'in contrast',
  'in reply',
  'in response',
  'in return',
  'in turn',
  'of course',
  'on the other hand',
  'too',
]);

/**
 * Verbs after "That was how <speaker>" that sum up words just quoted ("That was how Ann Roe put
 * it", "... summed up the plan"), beside the verbs of saying.
 */
export const SUMMING_VERBS = new Set([
  'characterised',
  'characterized',
  'described',
  'framed',
  'put',
  'summarised',
  'summarized',
  'summed',
]);

/** Words after "was" that make a quote all its speaker said ("was all Bell would say"). */
export const ALL_SAID_OPENERS = new Set(['all', 'what']);

/**
 * Verbs of perceiving or remembering someone in the act ("heard the driver shouting", "saw Bell
 * telling", "remembers him pleading"): the one perceived speaks, so the verb ends the phrase
 * read back from the cue.
 */
/**
 * Forms of a belief verb that in the progressive name a sensation ("are feeling the effects",
 * "is feeling the pinch"): a belief only where a clause follows ("feeling the plan was rushed").
 */
export const SENSING_BELIEF_FORMS = new Set(['feeling']);

export const PERCEPTION_VERBS = new Set([
  'heard',
  'hears',
  'noticed',
  'overheard',
  'remember',
  'remembered',
  'remembers',
  'saw',
  'sees',
  'watched',
  'watches',
]);

/**
 * Words that describe how someone looks or carries themselves, written before a person's noun
 * and often with a comma between them ("the tall, soft-spoken farmer"). Adjectives with a
 * describing ending ("cheerful", "courteous") are known by it and need no entry.
 */
export const DESCRIBING_ADJECTIVES = new Set([
  'affable',
  'bald',
  'bearded',
  'blunt',
  'burly',
  'candid',
  'elderly',
  'energetic',
  'frail',
  'friendly',
  'genial',
  'gray',
  'grey',
  'gruff',
  'jovial',
  'lanky',
  'outspoken',
  'quiet',
  'short',
  'slight',
  'small',
  'soft',
  'stocky',
  'tall',
  'tired',
  'weary',
  'wiry',
  'young',
]);
