/**
 * Organisations as public facts, and the words that make a capitalised name an organisation.
 */

/** Well-known organisations whose names carry no organisation word (`Canonical|other names`). */
export const ORGANIZATIONS = `
United Nations|UN,U.N
NATO|North Atlantic Treaty Organization
European Union|EU,E.U
World Health Organization|WHO
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
International Criminal Court|ICC
Red Cross|International Committee of the Red Cross,ICRC
Amnesty International|Amnesty
Human Rights Watch
Greenpeace
OPEC
G7
G20
BRICS
Hamas
Hezbollah
Taliban|The Taliban
Houthis
Islamic State|ISIS,ISIL,Daesh
al-Qaeda|Al-Qaeda,al Qaeda
Wagner|Wagner Group
Pentagon|The Pentagon
Getty Images
State Department
Congress
Senate
House of Commons|Commons
House of Lords
Parliament
Supreme Court
Supreme Court of Canada
Federal Reserve|Fed
Bank of Canada
RCMP|Royal Canadian Mounted Police,Mounties
CSIS|Canadian Security Intelligence Service
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NASA
Statistics Canada|StatCan,Statistics Canada
Health Canada
Elections Canada
Canada Revenue Agency|CRA
Public Health Agency of Canada|PHAC
Ottawa Police
Toronto Police
Google
Apple
Microsoft
Amazon
Meta
Facebook
Twitter
Instagram
TikTok
YouTube
Tesla
SpaceX
OpenAI
Netflix
Uber
Shopify
Telus
Air Canada
WestJet
Loblaw|Loblaws
Tim Hortons
Bombardier
Hydro-Québec|Hydro-Quebec
Hydro One
Canada Post
VIA Rail
CN|CN Rail,Canadian National
CP Rail|Canadian Pacific
Toronto Maple Leafs|Maple Leafs,Leafs
Montreal Canadiens|Canadiens,Habs
Edmonton Oilers|Oilers
Calgary Flames|Flames
Vancouver Canucks|Canucks
Ottawa Senators
Winnipeg Jets
Toronto Raptors|Raptors
Toronto Blue Jays|Blue Jays,Jays
Toronto FC
Toronto Argonauts|Argonauts,Argos
Saskatchewan Roughriders|Roughriders
BC Lions
Calgary Stampeders|Stampeders
Edmonton Elks
Hamilton Tiger-Cats|Tiger-Cats,Ticats
Montreal Alouettes|Alouettes
Winnipeg Blue Bombers|Blue Bombers
Black Lives Matter|BLM
Liberals
Conservatives
New Democrats|NDP
Bloc Québécois|Bloc Quebecois,Bloc
Greens
Republicans|GOP
Democrats
Tories
Labour
`;

/** Words that say whose a public body is, not which: "the federal agency", "the city's transit authority". */
export const JURISDICTION_WORDS = new Set([
  'city',
  'county',
  'federal',
  'local',
  'municipal',
  'national',
  'provincial',
  'regional',
  'state',
  'territorial',
  'town',
]);

/** Words of a body that take a number as part of its name ("Harbour Pilots Lodge 7", "Ferry Workers Local 40"). */
export const NUMBERED_BODY_WORDS = new Set(['chapter', 'local', 'lodge']);

/**
 * Periodicals named by how often they appear ("Loma Weekly", "Harbour Quarterly"): a word that
 * ends a name, but in lower case an adjective ("the average weekly benefit"), never a body.
 */
export const PERIODICAL_WORDS = new Set(['daily', 'weekly', 'monthly', 'quarterly']);

/** Capitalised words that make a name an organisation ("University of Lakeview", "Canadian Medical Association"). */
export const ORG_WORDS = new Set([
  // a First Nation's government, which speaks ("the Otterhead Lake First Nation said")
  'nation',
  // sports clubs ("Riverside United", "Eastvale Rovers FC")
  'united',
  'rovers',
  'wanderers',
  'athletic',
  'fc',
  'afc',
  'rangers',
  'albion',
  'hotspur',
  'university',
  'universite',
  'université',
  'college',
  'school',
  'academy',
  // schools named by their level alone ("Westmere Secondary", "Northgate Elementary")
  'secondary',
  'elementary',
  'institute',
  'institution',
  'ministry',
  'department',
  'dept',
  'agency',
  'office',
  'bureau',
  'constabulary',
  'service',
  'services',
  'affairs',
  'commission',
  'committee',
  'council',
  'board',
  'authority',
  'assembly',
  'parliament',
  'senate',
  'congress',
  'legislature',
  'court',
  'tribunal',
  'party',
  'government',
  'administration',
  'police',
  'army',
  'navy',
  'force',
  'forces',
  'guard',
  'command',
  'corps',
  'military',
  'inc',
  'corp',
  'corporation',
  'company',
  'co',
  'ltd',
  'llc',
  'llp',
  'plc',
  'group',
  'holdings',
  'partners',
  'associates',
  'bank',
  'fund',
  'foundation',
  'trust',
  'association',
  'society',
  'federation',
  'confederation',
  'guild',
  'syndicate',
  'consortium',
  'cooperative',
  'fraternity',
  'sorority',
  'brotherhood',
  'union',
  'league',
  'alliance',
  'coalition',
  'network',
  'centre',
  'center',
  // "Centers for Pest Control and Prevention"
  'centres',
  'centers',
  'clinic',
  'hospital',
  'hospitals',
  'church',
  'diocese',
  'archdiocese',
  'club',
  'team',
  'organization',
  'organisation',
  'movement',
  'front',
  'brigade',
  'brigades',
  'secretariat',
  'cabinet',
  'embassy',
  'consulate',
  'mission',
  'chamber',
  'federal',
  'labs',
  'laboratory',
  'laboratories',
  'technologies',
  'systems',
  'system',
  'industries',
  // "Cedar Forest Products", "Tarn Steel": a trade the firm is named by
  'products',
  'steel',
  'airlines',
  'airways',
  // businesses named by their trade ("Harbour Air", "Ardmore Oil", "Kestrel Ferries")
  'air',
  'aviation',
  'coaches',
  'ferries',
  'oil',
  'pipelines',
  'shipbuilding',
  'solar',
  'lumber',
  'potash',
  'dairy',
  // finance and property firms ("Valewood Homes", "Tarn Ratings"; "Securities" opens a
  // public body's name too, and "Mills" is a surname)
  'advisers',
  'advisors',
  'builders',
  'economics',
  'equity',
  'estates',
  'homes',
  'lending',
  'markets',
  'mortgages',
  'payments',
  'ratings',
  'research',
  'residential',
  'wealth',
  // health authorities and companies, and hospitals by their short name ("Norland Health",
  // "Galloway Memorial", "Carrickmore Regional")
  'health',
  'memorial',
  'regional',
  'energy',
  'motors',
  'pharmaceuticals',
  'media',
  'communications',
  'press',
  'news',
  'times',
  'post',
  'journal',
  'herald',
  'register',
  'gazette',
  'tribune',
  'ledger',
  'courant',
  'courier',
  'dispatch',
  'examiner',
  'sentinel',
  'bulletin',
  'echo',
  'advertiser',
  'enquirer',
  'inquirer',
  'argus',
  'magazine',
  ...PERIODICAL_WORDS,
  'broadcasting',
  'radio',
  'television',
  'studios',
  'records',
  'festival',
  'museum',
  'orchestra',
  'conservancy',
  'observatory',
  'library',
  'gallery',
  'caucus',
  'exchange',
  'institutes',
  'directorate',
  'inspectorate',
  'watchdog',
  'tank',
  'initiative',
  'project',
  'program',
  'programme',
  'crown',
  'ombudsman',
  'registry',
  'regiment',
  'squadron',
  'unit',
  'division',
  'detachment',
  'hydro',
  'transit',
  'railway',
  'railways',
  'rail',
  'networks',
  'resources',
  'workers',
  'mining',
  'healthcare',
  'strategies',
  'security',
  'enforcement',
  'forum',
  'solutions',
  'companies',
  'stores',
  'mart',
  'capital',
  'ventures',
  'investments',
  // shops and places to eat ("Marlow Bakery", "Rosa's Cafe", "the Tin Cup Diner")
  'bakery',
  'bistro',
  'bookshop',
  'bookstore',
  'boutique',
  'cafe',
  'café',
  'creamery',
  'deli',
  'diner',
  'eatery',
  'grocery',
  'pub',
  'restaurant',
  'salon',
  'shop',
  'store',
  'tavern',
  'winery',
  // brokers, advisers and makers ("Orrin Bay Brokerage", "Kestrel Manufacturing")
  'brokerage',
  'consulting',
  'manufacturing',
  'insurance',
  'pharmacy',
  'foods',
  'brands',
  // company names ("Harbourline Properties", "Norland Holdings")
  'properties',
  'enterprises',
  'realty',
  'developments',
  'construction',
  'logistics',
  'financial',
  'management',
  'limited',
  'gmbh',
  'chemical',
  'chemicals',
  'mobile',
  'telecom',
  'wireless',
  // industries a firm is named for ("Quarrow Software", "Tealby Therapeutics")
  'software',
  'robotics',
  'biotech',
  'biosciences',
  'therapeutics',
  'semiconductors',
  'analytics',
  'dynamics',
  'electronics',
  'aerospace',
  'automotive',
  'entertainment',
  'publishing',
  'brewing',
  'brewery',
  'breweries',
  'distillery',
  'metals',
  'minerals',
  'shipping',
  'freight',
  'bancorp',
  'microsystems',
  'devices',
  'instruments',
  'pictures',
  'productions',
  'hotels',
  'resorts',
  'petroleum',
  'utilities',
  'telecommunications',
  'pharma',
  'biopharma',
  'biologics',
  'diagnostics',
  'genomics',
  'renewables',
  'tankers',
  'groundworks',
  'books',
  'rescue',
  'electric',
  'music',
  // ... and what a bank, a brokerage or a statistics office is named for
  'savings',
  'brothers',
  'statistics',
]);

/** Lowercase nouns heading a phrase that names a body, not a person ("the foreign ministry", "police"). */
export const BODY_NOUNS = new Set([
  'ministry',
  'government',
  'department',
  'agency',
  'office',
  'police',
  'army',
  'military',
  'embassy',
  'administration',
  'council',
  'committee',
  'commission',
  'court',
  'parliament',
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
  'media',
  'authorities',
  'authority',
  'board',
  'regime',
  'party',
  'campaign',
  'union',
  'coalition',
  "spokesperson's office",
  'report',
  'study',
  'survey',
  'poll',
  'statement',
  'newspaper',
  'outlet',
  'network',
  'broadcaster',
  'bank',
  'hospital',
  'school',
  'university',
  'service',
  'team',
  'force',
  'forces',
  'cabinet',
  'legislature',
  'regulator',
  'watchdog',
  'website',
  'channel',
  'station',
  'tribunal',
  'panel',
  'airport',
  // "the Otterhead Lake First Nation said ... the nation said": a First Nation's government
  'nation',
  // "Norwood Capital, a hedge fund, ... the fund said"
  'fund',
  'senate',
  'house',
  'kremlin',
]);

/** Nouns for a business: "the company" is the firm last named, whatever its name says. */
/**
 * Roles a business gives, written right after its name and before a person's ("Boreal Lumber
 * chief executive Ron Sato", "Ardmore Oil chair Bea Holm"): the name before them is the firm's.
 */
export const FIRM_ROLES_AFTER_NAME = new Set([
  'ceo',
  'cfo',
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'co-founder',
  'coo',
  'founder',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

export const FIRM_NOUNS = new Set([
  'company',
  'firm',
  'chain',
  'retailer',
  'grocer',
  'business',
  'corporation',
  'bank',
  'lender',
  'insurer',
  'airline',
  'carrier',
  'automaker',
  'carmaker',
  'manufacturer',
  'developer',
  'contractor',
  'utility',
  'operator',
  'employer',
  'brewery',
  'startup',
  'conglomerate',
  'supplier',
  'distributor',
  'miner',
  'producer',
  // "drone maker X", "chipmaker X", "tech giant X", "gaming studio X", "payments start-up X"
  // (not "platform": a party's platform is a document)
  'maker',
  'chipmaker',
  'drugmaker',
  'toymaker',
  'giant',
  'start-up',
  'studio',
]);

/** Whom a role or body written after it serves: "Crown attorney", "the Crown corporation". */
export const SERVED_BEFORE_ROLES = new Set(['crown']);

/** Words that name a body after a place, and a person after a first name: "Nova Scotia Power", "Tom Power". */
export const PLACE_LED_ORG_WORDS = new Set(['power']);

/** Business nouns that name a person as readily: "employers like Ned Vey", "a developer". */
export const FIRM_NOUNS_FOR_PEOPLE = new Set([
  'contractor',
  'developer',
  'employer',
  'operator',
  'producer',
  'supplier',
]);

/**
 * Nouns any business or group goes by: "the company" is the one named last, where "the bank"
 * is first one named with the word.
 */
export const NEAREST_BODY_NOUNS = new Set(['business', 'company', 'corporation', 'firm', 'group']);

/** Words that mark a business in its name ("Transit Co.", "Harlow Holdings"): no club or team. */
export const BUSINESS_NAME_WORDS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'holdings',
  'inc',
  'llc',
  'llp',
  'ltd',
  'plc',
]);

/**
 * What one holds of a firm: "shares of Harbour Freight", "a stake in Lakeview Mills". The name
 * after them and "of" or "in" is a business, whatever its words look like.
 */
export const FIRM_HOLDING_NOUNS = new Set([
  'shares',
  'stake',
  'stakes',
  'stock',
  'shareholders',
  'stockholders',
  'subsidiary',
  'subsidiaries',
]);

/** Nouns for an arm of government: "the agency" is the public body last named ("the State Department"). */
export const GOVERNMENT_NOUNS = new Set([
  'agency',
  'authority',
  'bureau',
  'commission',
  'department',
  'government',
  'ministry',
  'office',
  'regulator',
]);

/**
 * Words in a body's name that a common noun for it stands for, besides the noun itself: "the
 * force" is "Northmere Police", "the hospital" the "Linden Vale Medical Centre".
 */
export const NAME_WORDS_FOR_BODY_NOUNS = new Map<string, ReadonlySet<string>>([
  ['force', new Set(['police', 'constabulary'])],
  ['hospital', new Set(['infirmary', 'medical'])],
  ['union', new Set(['federation', 'brotherhood', 'guild', 'teamsters', 'workers'])],
  ['airline', new Set(['air', 'airlines', 'airways'])],
  ['school', new Set(['academy', 'elementary', 'secondary'])],
  ['charity', new Set(['foundation', 'trust'])],
  ['watchdog', new Set(['authority', 'commission', 'inspectorate', 'ombudsman', 'regulator'])],
  // "Fernhill Records ... the label said": a noun that stands for a body only by such names
  ['label', new Set(['music', 'records'])],
]);

/**
 * Nouns for a state body that a name closed by its country stands for: "Health Canada ... the
 * department said", "Parks Canada ... the agency said".
 */
export const COUNTRY_DEPARTMENT_NOUNS = new Set(['agency', 'department']);

/** Words in the names of the state's own bodies: what "the ministry" or "the government" names. */
export const STATE_BODY_WORDS = new Set([
  ...GOVERNMENT_NOUNS,
  'administration',
  'cabinet',
  'directorate',
  'executive',
  'inspectorate',
  'secretariat',
]);

/** Words in the names of public bodies, which "the company" never refers to. */
export const PUBLIC_BODY_WORDS = new Set([
  'ministry',
  'government',
  'department',
  'agency',
  'police',
  'court',
  'council',
  'commission',
  'bureau',
  'parliament',
  'army',
  'military',
  'embassy',
  'administration',
  'authority',
  'committee',
  'party',
  'union',
  'board',
  'office',
  'service',
  'university',
  'college',
  'school',
  'hospital',
  'directorate',
  'inspectorate',
  'statistics',
]);

/** Words in the names of bodies that are no business either: "the company" is not the guild. */
export const NOT_FIRM_WORDS = new Set([
  'guild',
  'federation',
  'confederation',
  'association',
  'society',
  'foundation',
  'institute',
  'coalition',
  'alliance',
  'league',
  'church',
]);

/**
 * Of GOVERNMENT_NOUNS, those only a state body is: "the ministry" after "Harbour Rail cut
 * services" is no company named nearby ("the agency" may be a transit operator).
 */
export const STATE_ONLY_NOUNS = new Set(['department', 'government', 'ministry', 'regulator']);
