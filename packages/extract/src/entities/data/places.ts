/**
 * Places as public facts. A country line reads
 * `Canonical name|other names|capitals and seats of government|demonyms`, lists comma-separated.
 * A capital or seat used in text stands for its state (a metonym: "Moscow said", "the Kremlin").
 * Written by hand because no maintained package pairs countries with their everyday aliases,
 * seats of government and demonyms.
 */
export const COUNTRIES = `
Afghanistan||Kabul|Afghan
Albania||Tirana|Albanian
Algeria||Algiers|Algerian
Angola||Luanda|Angolan
Argentina||Buenos Aires,Casa Rosada|Argentine,Argentinian
Armenia||Yerevan|Armenian
Australia||Canberra|Australian
Austria||Vienna|Austrian
Azerbaijan||Baku|Azerbaijani
Bahrain||Manama|Bahraini
Bangladesh||Dhaka|Bangladeshi
Belarus||Minsk|Belarusian
Belgium||Brussels|Belgian
Bolivia||La Paz|Bolivian
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian
Brazil||Brasilia,Brasília|Brazilian
Bulgaria||Sofia|Bulgarian
Burkina Faso|||
Cambodia||Phnom Penh|Cambodian
Cameroon|||Cameroonian
Canada||Ottawa,Parliament Hill|Canadian
Chile||Santiago|Chilean
China|People's Republic of China,PRC,Mainland China|Beijing,Zhongnanhai|Chinese
Colombia||Bogota,Bogotá|Colombian
Croatia||Zagreb|Croatian
Cuba||Havana|Cuban
Cyprus||Nicosia|Cypriot
Czech Republic|Czechia|Prague|Czech
Democratic Republic of the Congo|DRC,DR Congo,Congo|Kinshasa|Congolese
Denmark||Copenhagen|Danish
Ecuador||Quito|Ecuadorian
Egypt||Cairo|Egyptian
El Salvador||San Salvador|Salvadoran
Eritrea||Asmara|Eritrean
Estonia||Tallinn|Estonian
Ethiopia||Addis Ababa|Ethiopian
Finland||Helsinki|Finnish
France||Paris,Elysee,Élysée,Elysee Palace,Élysée Palace|French
Georgia|||Georgian
Germany||Berlin|German
Ghana||Accra|Ghanaian
Greece||Athens|Greek
Guatemala||Guatemala City|Guatemalan
Haiti||Port-au-Prince|Haitian
Honduras||Tegucigalpa|Honduran
Hungary||Budapest|Hungarian
Iceland||Reykjavik|Icelandic
India||New Delhi|Indian
Indonesia||Jakarta|Indonesian
Iran|Islamic Republic of Iran|Tehran|Iranian
Iraq||Baghdad|Iraqi
Ireland|Republic of Ireland|Dublin|Irish
Israel||Jerusalem|Israeli
Italy||Rome|Italian
Jamaica|||Jamaican
Japan||Tokyo|Japanese
Jordan||Amman|Jordanian
Kazakhstan||Astana|Kazakh
Kenya||Nairobi|Kenyan
Kuwait||Kuwait City|Kuwaiti
Kyrgyzstan||Bishkek|Kyrgyz
Laos||Vientiane|Laotian
Latvia||Riga|Latvian
Lebanon||Beirut|Lebanese
Libya||Tripoli|Libyan
Lithuania||Vilnius|Lithuanian
Luxembourg|||
Malaysia||Kuala Lumpur|Malaysian
Mali||Bamako|Malian
Mexico||Mexico City|Mexican
Moldova||Chisinau|Moldovan
Mongolia||Ulaanbaatar|Mongolian
Morocco||Rabat|Moroccan
Myanmar|Burma|Naypyidaw|Burmese
Nepal||Kathmandu|Nepalese,Nepali
Netherlands|Holland,The Netherlands|The Hague,Amsterdam|Dutch
New Zealand||Wellington|
Nicaragua||Managua|Nicaraguan
Niger||Niamey|
Nigeria||Abuja|Nigerian
North Korea|DPRK|Pyongyang|North Korean
Norway||Oslo|Norwegian
Oman||Muscat|Omani
Pakistan||Islamabad|Pakistani
Palestine|Palestinian territories,Palestinian Territories|Ramallah|Palestinian
Panama||Panama City|Panamanian
Paraguay||Asuncion|Paraguayan
Peru||Lima|Peruvian
Philippines|The Philippines|Manila|Filipino
Poland||Warsaw|Polish
Portugal||Lisbon|Portuguese
Qatar||Doha|Qatari
Romania||Bucharest|Romanian
Russia|Russian Federation|Moscow,Kremlin|Russian
Rwanda||Kigali|Rwandan
Saudi Arabia|Kingdom of Saudi Arabia|Riyadh|Saudi
Senegal||Dakar|Senegalese
Serbia||Belgrade|Serbian
Singapore|||Singaporean
Slovakia||Bratislava|Slovak
Slovenia||Ljubljana|Slovenian
Somalia||Mogadishu|Somali
South Africa||Pretoria|South African
South Korea|Republic of Korea,Korea|Seoul|South Korean,Korean
South Sudan||Juba|South Sudanese
Spain||Madrid|Spanish
Sri Lanka||Colombo|Sri Lankan
Sudan||Khartoum|Sudanese
Sweden||Stockholm|Swedish
Switzerland||Bern|Swiss
Syria||Damascus|Syrian
Taiwan||Taipei|Taiwanese
Tajikistan||Dushanbe|Tajik
Tanzania||Dodoma|Tanzanian
Thailand||Bangkok|Thai
Tunisia||Tunis|Tunisian
Turkey|Türkiye,Turkiye|Ankara|Turkish
Turkmenistan||Ashgabat|Turkmen
Uganda||Kampala|Ugandan
Ukraine||Kyiv,Kiev|Ukrainian
United Arab Emirates|UAE,U.A.E,Emirates|Abu Dhabi|Emirati
United Kingdom|UK,U.K,Britain,Great Britain|London,Downing Street,Whitehall,Westminster|British
United States|US,U.S,USA,U.S.A,America,United States of America|White House|American
Uruguay||Montevideo|Uruguayan
Uzbekistan||Tashkent|Uzbek
Vatican|Holy See,Vatican City||
Venezuela||Caracas|Venezuelan
Vietnam|Viet Nam|Hanoi|Vietnamese
Yemen||Sanaa|Yemeni
Zambia||Lusaka|Zambian
Zimbabwe||Harare|Zimbabwean
`;

/** Regions, provinces, states, cities and other places (canonical|other names). */
export const PLACES = `
Middle East|Mideast
Central Asia
South Asia
Southeast Asia
East Asia
Asia
Europe
Eastern Europe
Western Europe
Africa
North Africa
Sub-Saharan Africa
Latin America
South America
North America
Central America
Caribbean|The Caribbean
Arctic|The Arctic
Antarctica
Gulf|Persian Gulf
Balkans
Scandinavia
Gaza|Gaza Strip
West Bank
Crimea
Donbas|Donbass
Kashmir
Tibet
Xinjiang
Hong Kong
Kurdistan
Atlantic|Atlantic Ocean
Pacific|Pacific Ocean
Indian Ocean
Mediterranean|Mediterranean Sea
Black Sea
Red Sea
Baltic
Ontario
Quebec|Québec
British Columbia|B.C,BC
Alberta
Saskatchewan
Manitoba
Nova Scotia
New Brunswick
Newfoundland and Labrador|Newfoundland,Labrador
Prince Edward Island|P.E.I,PEI
Yukon
Northwest Territories|N.W.T
Nunavut
Atlantic Canada
Western Canada
Toronto
Montreal|Montréal
Vancouver
Calgary
Edmonton
Winnipeg
Halifax
Quebec City
Hamilton
Kitchener
Waterloo
London, Ont
Victoria
Regina
Saskatoon
Fredericton
Moncton
Saint John
St. John's
Charlottetown
Whitehorse
Yellowknife
Iqaluit
Gatineau
Mississauga
Brampton
Markham
Surrey
Burnaby
Richmond
Kelowna
Kamloops
Nanaimo
Red Deer
Lethbridge
Sudbury
Thunder Bay
Windsor
Kingston
Barrie
Oshawa
Guelph
Sherbrooke
Trois-Rivieres|Trois-Rivières
Laval
Longueuil
Niagara Falls
Fort McMurray
Prince George
Sault Ste. Marie
Brandon
Queen's Park
Prince Albert
Prince Rupert
Prince Edward County
Grande Prairie
Medicine Hat
Moose Jaw
Swift Current
Portage la Prairie
Cape Breton
Sydney, N.S
North Bay
Sault Ste. Marie
Timmins
Peterborough
Belleville
Cornwall
Sarnia
Chatham-Kent
St. Catharines
Niagara
Muskoka
Durham Region
York Region
Peel Region
Halton
Scarborough
Etobicoke
North York
Vaughan
Oakville
Burlington
Ajax
Pickering
Whitby
Saanich
Abbotsford
Chilliwack
Coquitlam
Langley
Delta
Penticton
Vernon
Cranbrook
Whistler
Banff
Jasper
Canmore
Airdrie
St. Albert
Lloydminster
Prince Albert National Park
Thompson
Churchill
Steinbach
Rimouski
Saguenay
Chicoutimi
Drummondville
Lévis|Levis
Gaspé|Gaspe
Lac-Mégantic|Lac-Megantic
Bathurst
Miramichi
Truro
Dartmouth
Corner Brook
Gander
Labrador City
Happy Valley-Goose Bay
Inuvik
Hay River
Dawson City
Rankin Inlet
Attawapiskat
Six Nations
Kahnawake
Akwesasne
Greater Toronto Area|GTA
Lower Mainland
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York|New York City,NYC
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State|Washington state
West Virginia
Wisconsin
Wyoming
Los Angeles
Chicago
Houston
Boston
Seattle
San Francisco
Miami
Atlanta
Detroit
Philadelphia
Dallas
Denver
Phoenix
Las Vegas
Minneapolis
Buffalo
Des Moines
Sacramento
Tallahassee
Santa Fe
Boise
Salt Lake City
Portland
San Diego
San Antonio
San Jose
Austin
Nashville
Charlotte
Indianapolis
Milwaukee
Baltimore
Pittsburgh
Cleveland
Cincinnati
St. Louis
Kansas City
New Orleans
Memphis
Oklahoma City
Albuquerque
Tucson
Honolulu
Anchorage
Omaha
Raleigh
Tampa
Orlando
Harrisburg
Trenton
Annapolis
Hartford
Montpelier
Juneau
Topeka
Little Rock
Baton Rouge
Carson City
Cheyenne
Springfield
Lansing
St. Paul
Jefferson City
Silicon Valley
Wall Street
Hollywood
Manchester
Birmingham
Glasgow
Edinburgh
Scotland
England
Wales
Northern Ireland
Bath
Oxford
Cambridge
Liverpool
Belfast
Munich
Frankfurt
Hamburg
Geneva
Zurich
Davos
Milan
Barcelona
Istanbul
Dubai
Mumbai
Shanghai
Shenzhen
Wuhan
Osaka
Sydney
Melbourne
Toronto Pearson
Kharkiv
Odesa|Odessa
Mariupol
Bakhmut
Donetsk
Luhansk
Kherson
Zaporizhzhia
Aleppo
Mosul
Tel Aviv
Rafah
Khan Younis
St. Petersburg|Saint Petersburg
Sochi
Vladivostok
Siberia
`;

/** Washington is a state actor, a city, a state or a surname: resolved by context, not listed. */
export const AMBIGUOUS_SEATS = new Map([['Washington', 'United States']]);

/**
 * Land and water features written small after a name ("the Brenna river", "the Lakeview
 * valley", "the Philippine coast"): the name is that place. Only nouns that are not also a verb
 * or a manner ("falls", "way"), so a person is never made a place by what follows.
 */
export const FEATURE_WORDS = new Set([
  'bay',
  'canyon',
  'coast',
  'county',
  'creek',
  'delta',
  'desert',
  'district',
  'forest',
  'gulf',
  'island',
  'islands',
  'lake',
  'mountains',
  'ocean',
  'peninsula',
  'region',
  'river',
  'sea',
  'strait',
  'territory',
  'township',
  'valley',
  'village',
]);

/**
 * Kinds of local government written small after a place's name, before its body or people
 * ("Eastvale city council", "Tarrow county officials").
 */
export const MUNICIPAL_WORDS = new Set(['city', 'county', 'town', 'township', 'village']);

/**
 * Things that stand somewhere, written small before "in", "near" or "outside" and a name ("a
 * hospital in Eastvale", "the plant near Tarrow"): the name after them is the place they are in.
 */
export const SITED_NOUNS = new Set([
  'airport',
  'arena',
  'camp',
  'church',
  'clinic',
  'factory',
  'farm',
  'hospital',
  'hotel',
  'jail',
  'mine',
  'mosque',
  'plant',
  'prison',
  'rally',
  'refinery',
  'school',
  'shelter',
  'synagogue',
  'temple',
  'town',
  'village',
  // people where they live or work ("villagers in Little Brayford", "farmers near Brockton")
  // and living there ("she lives in Barrow Point")
  'families',
  'farmers',
  'fishermen',
  'growers',
  'homeowners',
  'lived',
  'lives',
  'living',
  'ranchers',
  'residents',
  'villagers',
]);

/**
 * Nouns written small before "of" and a name that can only be a place: "the town of Umm Tarif",
 * "residents of Greywater Flats", "the mayor of Eastvale", "the outskirts of Kremen".
 */
export const PLACE_OF_NOUNS = new Set([
  'capital',
  'city',
  'community',
  'county',
  'hamlet',
  'mayor',
  'municipality',
  'native',
  'natives',
  'outskirts',
  'province',
  'resident',
  'residents',
  'suburb',
  'town',
  'township',
  'village',
]);

/**
 * Words before "in" that hold something in a firm or a field rather than in a place: "a stake
 * in Kestrel", "invested in Arlo", "a degree in Physics".
 */
export const HELD_IN_WORDS = new Set([
  'confidence',
  'degree',
  'faith',
  'holdings',
  'interest',
  'interests',
  'invest',
  'invested',
  'investing',
  'investment',
  'investments',
  'invests',
  'majored',
  'money',
  'role',
  'share',
  'shares',
  'stake',
  'stakes',
  'stock',
  'trust',
]);

/**
 * Languages no demonym names, which "in" takes as readily as a place: "wrote in Arabic",
 * "spoke in Cantonese".
 */
export const LANGUAGE_NAMES = new Set([
  'arabic',
  'bengali',
  'cantonese',
  'cree',
  'farsi',
  'gaelic',
  'hebrew',
  'hindi',
  'inuktitut',
  'latin',
  'mandarin',
  'ojibwe',
  'punjabi',
  'swahili',
  'tagalog',
  'tamil',
  'urdu',
  'yiddish',
]);

/** The prepositions that place a sited noun: "in", "near", "outside". */
export const SITE_LINKS = new Set(['in', 'near', 'nearby', 'outside']);

/**
 * Services and people of a city that its name titles ("Ottawa police", "the Paris mayor", "Rome
 * residents"): a capital before one is the city, not the state it can stand for.
 */
export const CITY_SERVICE_WORDS = new Set([
  'airport',
  'city',
  'council',
  'councillor',
  'councillors',
  'downtown',
  'firefighters',
  'hospital',
  'hospitals',
  'mayor',
  'neighborhood',
  'neighbourhood',
  'paramedics',
  'police',
  'residents',
  'subway',
  'suburb',
  'suburbs',
  'transit',
]);

/** Directions before "of" and a place: "south of Millbrook", "just northeast of Tarrow". */
export const COMPASS_WORDS = new Set([
  'east',
  'north',
  'north-east',
  'north-west',
  'northeast',
  'northwest',
  'south',
  'south-east',
  'south-west',
  'southeast',
  'southwest',
  'west',
]);

/** Directions that name a region capitalised after "the": "the Midwest", "the South". */
export const DIRECTION_REGIONS = new Set([...COMPASS_WORDS, 'midwest']);

/** Adjectives that name part of a place: "Northern Ontario", "Central Norland" is a region. */
export const REGION_ADJECTIVES = new Set([
  'central',
  'eastern',
  'northeastern',
  'northern',
  'northwestern',
  'southeastern',
  'southern',
  'southwestern',
  'western',
]);

/**
 * Words of going somewhere or coming from it, before "to" or "from" and a place ("a trip to
 * Quarrow", "flew to Pellworth", "fled from Ostby"). Not "went", "moved" or "returned", which
 * take a school or a firm as often ("moved to Acme").
 */
export const TRAVEL_WORDS = new Set([
  'deported',
  'drove',
  'fled',
  'flee',
  'fleeing',
  'flees',
  'flew',
  'flight',
  'flights',
  'flown',
  'journey',
  'journeys',
  'sailed',
  'travel',
  'traveled',
  'traveling',
  'travelled',
  'travelling',
  'travels',
  'trip',
  'trips',
  'visit',
  'visits',
]);

/** Plurals that group places under a place's name, never a team's: "the Arctic States", "the Eastern Provinces". */
export const PLACE_GROUP_PLURALS = new Set([
  'countries',
  'emirates',
  'nations',
  'provinces',
  'republics',
  'states',
  'territories',
]);

/** Words ending a place name ("Main Street", "Lake Ontario" starts with one). */
export const PLACE_WORDS = new Set([
  'street',
  'avenue',
  'road',
  'drive',
  'boulevard',
  'highway',
  'lane',
  'way',
  'crescent',
  'park',
  'river',
  'lake',
  'bay',
  'island',
  'islands',
  'mountain',
  'mountains',
  'mount',
  'valley',
  'county',
  'country',
  'region',
  'province',
  'territory',
  'territories',
  'township',
  'village',
  'city',
  'square',
  'bridge',
  'beach',
  'falls',
  'harbour',
  'harbor',
  'hill',
  'hills',
  'creek',
  'coast',
  'peninsula',
  'ocean',
  'sea',
  'strait',
  'gulf',
  'canyon',
  'desert',
  'forest',
  'district',
  'heights',
  'plaza',
  'mall',
  'trail',
  'parkway',
  'airport',
  'station',
  'reserve',
  'neighbourhood',
  'neighborhood',
  'state',
  // where roads and rivers meet or end: "Lhoran Pass", "Greywater Flats"
  'pass',
  'flats',
  'hollow',
  'junction',
  'crossing',
  'landing',
  'cove',
  'inlet',
  'terrace',
]);

/**
 * Place words that are common surnames too: after a first name and a title, or where the run
 * speaks ("Coach Drew Hill", "said Simon Park"), they end a person's name.
 */
export const SURNAME_PLACE_WORDS = new Set([
  'forest',
  'hill',
  'hills',
  'lake',
  'lane',
  'park',
  'street',
]);
