/**
 * News outlets (public facts): `Canonical name|other names`. A leading "The" in running text
 * ("told the Telegraph") is matched case-insensitively, so it needs no alias of its own.
 */
export const OUTLETS = `
Reuters|Thomson Reuters
The Associated Press|Associated Press,AP
Agence France-Presse|AFP,Agence France Presse
The Canadian Press|Canadian Press,CP
CBC News|CBC,Canadian Broadcasting Corporation,Canadian Broadcasting Corp,CBC Radio,CBC Radio-Canada
Radio-Canada
CTV News|CTV,CTV National News
Global News
CityNews|Citytv
CP24
TVO
The Globe and Mail|Globe and Mail
National Post
Toronto Star|The Star
Toronto Sun
Ottawa Citizen
Montreal Gazette
Vancouver Sun
The Province
Calgary Herald
Calgary Sun
Edmonton Journal
Winnipeg Free Press
Hamilton Spectator|The Spectator
Halifax Examiner
The Chronicle Herald|Chronicle Herald
Times Colonist
Waterloo Region Record
London Free Press
Postmedia|Postmedia News
La Presse
Le Devoir
Le Journal de Montréal|Journal de Montréal
Maclean's
The Hill Times|Hill Times
iPolitics
The Tyee
APTN|APTN News
BBC|BBC News,British Broadcasting Corporation,BBC Radio 4,BBC World Service
CNN|Cable News Network
Fox News|Fox News Channel
MSNBC
NBC News|NBC
ABC News|ABC
CBS News|CBS
NPR|National Public Radio
PBS|PBS NewsHour
CNBC
The New York Times|New York Times,NYT,NY Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal,WSJ
USA Today
Los Angeles Times|LA Times
The Boston Globe|Boston Globe
Chicago Tribune
The Atlantic
The New Yorker|New Yorker
Newsweek
Time Magazine|Time magazine
Politico|Politico Europe
Axios
The Hill
Bloomberg|Bloomberg News
Business Insider
HuffPost|Huffington Post
Vice News
Vox
ProPublica
The Intercept
Semafor
BuzzFeed News
The Daily Beast|Daily Beast
Financial Times|FT
The Economist|Economist
The Guardian|Guardian
The Observer
The Telegraph|Telegraph,Daily Telegraph,The Daily Telegraph
The Times|The Sunday Times,Sunday Times
The Independent
Daily Mail|Mail Online,MailOnline
The Sun
Daily Mirror
Evening Standard
Sky News
ITV News|ITV
Channel 4 News
Al Jazeera|Al-Jazeera,Aljazeera
Al Arabiya
Haaretz
The Times of Israel|Times of Israel
The Jerusalem Post|Jerusalem Post
Le Monde
Le Figaro
Der Spiegel|Spiegel
Deutsche Welle|DW
Die Zeit
El País|El Pais
Corriere della Sera
Xinhua|Xinhua News Agency
Global Times
South China Morning Post|SCMP
China Daily
CCTV
TASS
RIA Novosti|RIA
Interfax
RT|Russia Today
Kyodo|Kyodo News
NHK
Yonhap|Yonhap News Agency
The Hindu
Times of India
ABC Australia|Australian Broadcasting Corporation
Sydney Morning Herald
IRNA
Tasnim
Fars News Agency|Fars News
Anadolu|Anadolu Agency
Euronews
France 24
Radio Free Europe|RFE/RL,Radio Free Europe/Radio Liberty
Voice of America|VOA
The Verge
TechCrunch
Wired
Forbes
Fortune
Variety
Rolling Stone
`;
