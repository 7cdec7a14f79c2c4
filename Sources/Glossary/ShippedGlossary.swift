// The shipped term base, Glossary/en-it.tsv, compiled in so that the binary needs no
// resource files. GlossaryTests checks that the two agree;
// CLAIMDIFF_RECORD=1 swift test rewrites this file.

public enum ShippedGlossary {
  public static let tsv = #"""
en	it	category	aliases	note
# Organisations and groups
Islamic State|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria	Stato Islamico|Stato islamico	organisation	Daesh|IS|ISIL|ISIS|Isis|Da'esh|IS militants	One organisation under many names
Al-Qaeda|al Qaeda|al-Qaeda|Al Qaeda|al-Qaida|Al-Qaida	al Qaeda|al-Qaeda|Al Qaeda|al-Qaida	organisation		
Europol|European Police Office|European Union Agency for Law Enforcement Cooperation	Ufficio europeo di Polizia|Ufficio europeo di polizia|Europol	organisation	EUROPOL	
European Union	Unione europea|Unione Europea	organisation	EU|UE|E.U.	
European Commission	Commissione europea|Commissione Europea	organisation	EU Commission|Commissione UE	
European Parliament	Parlamento europeo|Parlamento Europeo	organisation	EU Parliament|Parlamento UE	
European Council	Consiglio europeo|Consiglio Europeo	organisation	EU Council|Consiglio UE	
European Central Bank	Banca centrale europea|Banca Centrale Europea	organisation	ECB|BCE	
United Nations	Nazioni Unite	organisation	UN|ONU|U.N.	
UN Security Council|Security Council	Consiglio di sicurezza dell'ONU|Consiglio di sicurezza	organisation		
NATO|North Atlantic Treaty Organization	Alleanza atlantica|Organizzazione del Trattato dell'Atlantico del Nord	organisation	NATO	
World Health Organization|World Health Organisation	Organizzazione mondiale della sanità|Organizzazione Mondiale della Sanità	organisation	WHO|OMS	
Médecins Sans Frontières|Doctors Without Borders	Medici Senza Frontiere|Medici senza frontiere	organisation	MSF	
International Monetary Fund	Fondo monetario internazionale|Fondo Monetario Internazionale	organisation	IMF|FMI	
World Bank	Banca mondiale|Banca Mondiale	organisation		
World Trade Organization	Organizzazione mondiale del commercio	organisation	WTO|OMC	
Red Cross	Croce Rossa	organisation		
Interpol	Interpol	organisation		
Reuters	Reuters	organisation		
Associated Press	Associated Press	organisation	AP	
Hamas	Hamas	organisation		
Hezbollah	Hezbollah	organisation		
Taliban	talebani|Talebani	organisation		
Boko Haram	Boko Haram	organisation		
Free Software Foundation Europe	Free Software Foundation Europe	organisation	FSFE	
Free Software Foundation	Free Software Foundation	organisation	FSF	
Federal Bureau of Investigation	FBI	organisation	FBI	
Central Intelligence Agency	CIA	organisation	CIA	
White House	Casa Bianca	organisation		
Pentagon	Pentagono	organisation		
Kremlin	Cremlino	organisation		
Supreme Court	Corte suprema|Corte Suprema	organisation		
Constitutional Court	Corte costituzionale|Consulta	organisation		
Parliament	Parlamento	organisation		
Senate	Senato	organisation		
Chamber of Deputies	Camera dei deputati|Camera dei Deputati	organisation		
Congress	Congresso	organisation		
Facebook	Facebook	organisation		
Google	Google	organisation		
Telegram	Telegram	organisation		
Twitter	Twitter	organisation		
# Political parties (named in news by acronyms a translation keeps or spells out)
Christian Democratic Union|Christian Democratic Union of Germany	Unione Cristiano-Democratica|Unione Cristiano-Democratica di Germania	organisation	CDU	German party
Christian Social Union|Christian Social Union in Bavaria	Unione Cristiano-Sociale|Unione Cristiano-Sociale in Baviera	organisation	CSU	Bavarian party
Social Democratic Party of Germany	Partito Socialdemocratico di Germania|Partito socialdemocratico tedesco	organisation	SPD	
Free Democratic Party	Partito Liberale Democratico	organisation	FDP	German party
Alternative for Germany	Alternativa per la Germania	organisation	AfD	
Labour Party|Labour	Partito laburista|Partito Laburista|laburisti	organisation		UK party; English names it 'Labour' alone
Conservative Party	Partito conservatore|Partito Conservatore	organisation	Tories	UK party
Scottish National Party	Partito Nazionale Scozzese|Partito nazionale scozzese	organisation	SNP	
UK Independence Party	Partito per l'Indipendenza del Regno Unito	organisation	UKIP	
Republican Party	Partito Repubblicano|Partito repubblicano|repubblicano|repubblicana|repubblicani|repubblicane	organisation	GOP	US party; Italian gives its members in lower case
Five Star Movement	Movimento 5 Stelle|MoVimento 5 Stelle|Movimento Cinque Stelle	organisation	M5S	Italian party
Brothers of Italy	Fratelli d'Italia	organisation	FdI	Italian party
Northern League	Lega Nord	organisation		Italian party
Forza Italia	Forza Italia	organisation		Italian party
National Rally|National Front	Rassemblement National|Front National|Fronte Nazionale	organisation		French party
European People's Party	Partito Popolare Europeo|Partito popolare europeo	organisation	EPP|PPE	
Spanish Socialist Workers' Party	Partito Socialista Operaio Spagnolo	organisation	PSOE	
# Places the CLDR list names differently or does not hold
United States|United States of America|America	Stati Uniti|Stati Uniti d'America|America	place	US|USA|U.S.|U.S.A.	
United Kingdom|Britain|Great Britain	Regno Unito|Gran Bretagna	place	UK|U.K.	
Netherlands|the Netherlands|Holland	Paesi Bassi|Olanda	place		
Czech Republic|Czechia	Repubblica Ceca|Cechia	place		
China|China mainland|People's Republic of China	Cina|Cina continentale|Repubblica Popolare Cinese	place		
Myanmar|Burma|Myanmar (Burma)	Myanmar|Birmania|Myanmar (Birmania)	place		
Palestine|Palestinian Territories	Palestina|Territori Palestinesi	place		
Vatican City|Vatican	Città del Vaticano|Vaticano	place		
North Macedonia|Macedonia	Macedonia del Nord|Macedonia	place		
South Korea|Korea	Corea del Sud|Corea	place		
Turkey|Türkiye	Turchia	place		
Russia|Russian Federation	Russia|Federazione Russa	place		
The Hague|Hague	L'Aia|Aia	place		
Baden-Württemberg|Baden-Wuerttemberg	Baden-Württemberg	place		
South Carolina	Carolina del Sud|Sud Carolina	place		
North Carolina	Carolina del Nord|Nord Carolina	place		
Cold War	Guerra fredda|Guerra Fredda	event		
Soviet Union|USSR	Unione Sovietica	place		
Indian Ocean	Oceano Indiano	place		
Pacific Ocean|Pacific	Oceano Pacifico|Pacifico	place		
Atlantic Ocean|Atlantic	Oceano Atlantico|Atlantico	place		
Java	Giava	place		
Capitol|Capitol Hill	Campidoglio	place		
International Court of Justice	Corte internazionale di giustizia|Corte Internazionale di Giustizia	organisation	ICJ|CIG	
World Cup	Mondiali|Coppa del Mondo	event		
Ivory Coast|Côte d'Ivoire	Costa d'Avorio	place		
Europe	Europa	place		
Africa	Africa	place		
Asia	Asia	place		
Middle East|Mideast	Medio Oriente	place		
Levant	Levante	place		
Mosul	Mosul	place		
Raqqa	Raqqa	place		
London	Londra	place		
Paris	Parigi	place		
Brussels	Bruxelles	place		
Rome	Roma	place		
Milan	Milano	place		
Naples	Napoli	place		
Turin	Torino	place		
Florence	Firenze	place		
Venice	Venezia	place		
Genoa	Genova	place		
Berlin	Berlino	place		
Munich	Monaco di Baviera|Monaco	place		
Vienna	Vienna	place		
Geneva	Ginevra	place		
Lisbon	Lisbona	place		
Athens	Atene	place		
Moscow	Mosca	place		
Washington	Washington	place		
New York	New York	place		
Beijing	Pechino	place		
Tokyo	Tokyo	place		
Cairo	Il Cairo|Cairo	place		
Jerusalem	Gerusalemme	place		
Istanbul	Istanbul	place		
Baghdad	Baghdad	place		
Damascus	Damasco	place		
Tripoli	Tripoli	place		
Sicily	Sicilia	place		
Sardinia	Sardegna	place		
Lombardy	Lombardia	place		
Tuscany	Toscana	place		
Scotland	Scozia	place		
Wales	Galles	place		
England	Inghilterra	place		
Northern Ireland	Irlanda del Nord	place		
Catalonia	Catalogna	place		
Crimea	Crimea	place		
Gaza Strip|Gaza	Striscia di Gaza|Gaza	place		
West Bank	Cisgiordania	place		
Mediterranean	Mediterraneo	place		
# Nationalities and languages (adjectives and language names are not entities)
British|Briton|Britons	britannico|britannica|britannici|britanniche	nationality		
American	americano|americana|americani|americane|statunitense|statunitensi	nationality		
European	europeo|europea|europei|europee	nationality		
Italian	italiano|italiana|italiani|italiane	nationality		
French	francese|francesi	nationality		
Berber	berbero|berbera|berberi|berbere	nationality		
Eskimo|Inuit	eschimese|eschimesi|inuit	nationality		
Minoan	minoico|minoica|minoici|minoiche	nationality		
Norse	norreno|norrena|norreni|norrene	nationality		
German	tedesco|tedesca|tedeschi|tedesche	nationality		
Spanish	spagnolo|spagnola|spagnoli|spagnole	nationality		
Russian	russo|russa|russi|russe	nationality		
Chinese	cinese|cinesi	nationality		
Arab|Arabic	arabo|araba|arabi|arabe	nationality		
Iraqi	iracheno|irachena|iracheni|irachene	nationality		
Syrian	siriano|siriana|siriani|siriane	nationality		
Islamist	islamista|islamisti	nationality		
Muslim|Muslims|Islam|Islamic	musulmano|musulmana|musulmani|musulmane|islam|islamico|islamica|islamici|islamiche	nationality		The faith, its adjective and its faithful are one term: 'Hinduism' is 'la religione induista'
Christian|Christians|Christianity	cristiano|cristiana|cristiani|cristiane|cristianesimo	nationality		
Jewish|Jew|Jews|Judaism	ebreo|ebrea|ebrei|ebree|ebraico|ebraica|ebraici|ebraiche|ebraismo|giudaismo	nationality		
Swiss	svizzero|svizzera|svizzeri|svizzere|elvetico|elvetica|elvetici|elvetiche	nationality		
Czechoslovak|Czechoslovaks|Czechoslovakian	cecoslovacco|cecoslovacca|cecoslovacchi|cecoslovacche	nationality		
Belgian|Belgians	belga|belgi|belghe	nationality		
Austrian|Austrians	austriaco|austriaca|austriaci|austriache	nationality		
Canadian|Canadians	canadese|canadesi	nationality		
Brazilian|Brazilians	brasiliano|brasiliana|brasiliani|brasiliane	nationality		
Argentine|Argentinian|Argentinians	argentino|argentini	nationality		
Australian|Australians	australiano|australiana|australiani|australiane	nationality		
New Zealander|New Zealanders	neozelandese|neozelandesi	nationality		
Indian|Indians	indiano|indiani|indiane	nationality		
Pakistani|Pakistanis	pakistano|pakistana|pakistani|pakistane	nationality		
Afghan|Afghans	afghano|afghana|afghani|afghane	nationality		
Iranian|Iranians	iraniano|iraniana|iraniani|iraniane	nationality		
Israeli|Israelis	israeliano|israeliana|israeliani|israeliane	nationality		
Palestinian|Palestinians	palestinese|palestinesi	nationality		
Egyptian|Egyptians	egiziano|egiziana|egiziani|egiziane	nationality		
Libyan|Libyans	libico|libica|libici|libiche	nationality		
Lebanese	libanese|libanesi	nationality		
Saudi|Saudis	saudita|sauditi|saudite	nationality		
Yemeni|Yemenis	yemenita|yemeniti	nationality		
Moroccan|Moroccans	marocchino|marocchina|marocchini|marocchine	nationality		
Algerian|Algerians	algerino|algerina|algerini|algerine	nationality		
Tunisian|Tunisians	tunisino|tunisina|tunisini|tunisine	nationality		
Nigerian|Nigerians	nigeriano|nigeriana|nigeriani|nigeriane	nationality		
Ethiopian|Ethiopians	etiope|etiopi	nationality		
Kenyan|Kenyans	keniota|keniano|keniani	nationality		
South African|South Africans	sudafricano|sudafricana|sudafricani|sudafricane	nationality		
North Korean|North Koreans	nordcoreano|nordcoreana|nordcoreani|nordcoreane	nationality		
South Korean|South Koreans	sudcoreano|sudcoreana|sudcoreani|sudcoreane	nationality		
Filipino|Filipinos	filippino|filippina|filippini|filippine	nationality		
Cuban|Cubans	cubano|cubana|cubani|cubane	nationality		
Chilean|Chileans	cileno|cilena|cileni|cilene	nationality		
Colombian|Colombians	colombiano|colombiana|colombiani|colombiane	nationality		
Venezuelan|Venezuelans	venezuelano|venezuelana|venezuelani|venezuelane	nationality		
Peruvian|Peruvians	peruviano|peruviana|peruviani|peruviane	nationality		
Kosovar|Kosovars	kosovaro|kosovara|kosovari|kosovare	nationality		
Scandinavian|Scandinavians	scandinavo|scandinava|scandinavi|scandinave	nationality		
Mexican	messicano|messicana|messicani|messicane	nationality		
Scottish|Scot|Scots	scozzese|scozzesi	nationality		
Welsh	gallese|gallesi	nationality		
Slavic|Slav	slavo|slava|slavi|slave	nationality		
Spaniard	spagnolo|spagnola|spagnoli	nationality		
Tory|Tories	conservatore|conservatori|Tory	nationality		
Labour	laburista|laburisti	nationality		
Republican|Republicans	repubblicano|repubblicani	nationality		
Democrat|Democrats	democratico|democratici|democratica	nationality		
Asian|Asians	asiatico|asiatica|asiatici|asiatiche	nationality		
African|Africans	africano|africana|africani|africane	nationality		
Latin American|Latin Americans	latinoamericano|latinoamericana|latinoamericani|latinoamericane	nationality		
Middle Eastern	mediorientale|mediorientali	nationality		
Anglo-Saxon|Anglo-Saxons	anglosassone|anglosassoni	nationality		
Balkan	balcanico|balcanica|balcanici|balcaniche	nationality		
Nordic	nordico|nordica|nordici|nordiche	nationality		
Western|Westerners	occidentale|occidentali	nationality		The West's adjective, capitalised in English
Belarusian|Belarussian|Belarusians	bielorusso|bielorussa|bielorussi|bielorusse	nationality		
Catholic|Catholics|Catholicism	cattolico|cattolica|cattolici|cattoliche|cattolicesimo	nationality		A faith's adjective, capitalised in English
Protestant|Protestants|Protestantism	protestante|protestanti|protestantesimo	nationality		
Orthodox	ortodosso|ortodossa|ortodossi|ortodosse	nationality		
Buddhist|Buddhists|Buddhism	buddista|buddisti|buddiste|buddismo	nationality		
Hindu|Hindus|Hinduism	indù|induista|induisti|induismo	nationality		
Sunni|Sunnis	sunnita|sunniti|sunnite	nationality		
Shia|Shiite|Shiites	sciita|sciiti|sciite	nationality		
Roma|Romani|Romany	rom|romanì	nationality		The people; English does not call Rome 'Roma'
Hispanic|Hispanics	ispanico|ispanica|ispanici|ispaniche	nationality		
New Yorker|New Yorkers	newyorkese|newyorkesi	nationality		
# States of the United States (Georgia and Washington are left to the country and the city) and US cities
Alabama	Alabama	place		
Alaska	Alaska	place		
Arizona	Arizona	place		
Arkansas	Arkansas	place		
California	California	place		
Colorado	Colorado	place		
Connecticut	Connecticut	place		
Delaware	Delaware	place		
Florida	Florida	place		
Hawaii	Hawaii	place		
Idaho	Idaho	place		
Illinois	Illinois	place		
Indiana	Indiana	place		
Iowa	Iowa	place		
Kansas	Kansas	place		
Kentucky	Kentucky	place		
Louisiana	Louisiana	place		
Maine	Maine	place		
Maryland	Maryland	place		
Massachusetts	Massachusetts	place		
Michigan	Michigan	place		
Minnesota	Minnesota	place		
Mississippi	Mississippi	place		
Missouri	Missouri	place		
Montana	Montana	place		
Nebraska	Nebraska	place		
Nevada	Nevada	place		
New Hampshire	New Hampshire	place		
New Jersey	New Jersey	place		
New Mexico	Nuovo Messico|New Mexico	place		
North Dakota	Dakota del Nord	place		
Ohio	Ohio	place		
Oklahoma	Oklahoma	place		
Oregon	Oregon	place		
Pennsylvania	Pennsylvania|Pensilvania	place		
Rhode Island	Rhode Island	place		
South Dakota	Dakota del Sud	place		
Tennessee	Tennessee	place		
Texas	Texas	place		
Utah	Utah	place		
Vermont	Vermont	place		
Virginia	Virginia	place		
West Virginia	Virginia Occidentale|West Virginia	place		
Wisconsin	Wisconsin	place		
Wyoming	Wyoming	place		
Los Angeles	Los Angeles	place		
San Francisco	San Francisco	place		
Chicago	Chicago	place		
Boston	Boston	place		
Philadelphia	Filadelfia|Philadelphia	place		
# Cities with Italian exonyms
Prague	Praga	place		
Hamburg	Amburgo	place		
Cologne	Colonia	place		
Warsaw|Warszawa	Varsavia	place		
Copenhagen	Copenaghen	place		
Stockholm	Stoccolma	place		
Edinburgh	Edimburgo	place		
Dublin	Dublino	place		
Seville	Siviglia	place		
Marseille|Marseilles	Marsiglia	place		
Lyon	Lione	place		
Nice	Nizza	place		
Zurich	Zurigo	place		
Belgrade	Belgrado	place		
Bucharest	Bucarest	place		
Kyiv|Kiev	Kiev|Kyiv	place		
St Petersburg|Saint Petersburg	San Pietroburgo	place		
Beirut	Beirut	place		
Tehran	Teheran	place		
Pyongyang	Pyongyang	place		
Seoul	Seul	place		
New Delhi|Delhi	Nuova Delhi|Delhi	place		
Mexico City	Città del Messico	place		
Yugoslavia	Jugoslavia	place		
Bavaria	Baviera	place		
Normandy	Normandia	place		
Rocky Mountains|Rockies	Montagne Rocciose	place		
Alps	Alpi	place		
Pyrenees	Pirenei	place		
Stuttgart	Stoccarda	place		
Mainz	Magonza	place		
Antwerp	Anversa	place		
Ghent	Gand	place		
Leuven|Louvain	Lovanio	place		
Liège|Liege	Liegi	place		
Basel|Basle	Basilea	place		
Bern|Berne	Berna	place		
Lucerne	Lucerna	place		
Lausanne	Losanna	place		
Krakow|Kraków|Cracow	Cracovia	place		
Gdansk|Gdańsk	Danzica	place		
Wroclaw|Wrocław	Breslavia	place		
Dresden	Dresda	place		
Leipzig	Lipsia	place		
Nuremberg	Norimberga	place		
Frankfurt	Francoforte	place		
Aachen	Aquisgrana	place		
Hanover	Hannover	place		
Bremen	Brema	place		
Trier	Treviri	place		
Regensburg	Ratisbona	place		
Salzburg	Salisburgo	place		
Düsseldorf|Duesseldorf|Dusseldorf	Düsseldorf|Dusseldorf	place		
Ljubljana	Lubiana	place		
Zagreb	Zagabria	place		
Barcelona	Barcellona	place		
Saragossa|Zaragoza	Saragozza	place		
Toulouse	Tolosa	place		
Strasbourg	Strasburgo	place		
Avignon	Avignone	place		
Thessaloniki|Salonica	Salonicco	place		
Algiers	Algeri	place		
Tunis	Tunisi	place		
Cape Town	Città del Capo	place		
Havana	L'Avana|Avana	place		
Mecca	La Mecca|Mecca	place		
Bethlehem	Betlemme	place		
Hesse	Assia	place		
Saxony	Sassonia	place		
Lower Saxony	Bassa Sassonia	place		
Thuringia	Turingia	place		
Westphalia	Vestfalia	place		
North Rhine-Westphalia	Renania Settentrionale-Vestfalia|Renania Settentrionale - Vestfalia|Renania Settentrionale|Nordreno-Vestfalia	place		
Rhineland	Renania	place		
Brittany	Bretagna	place		
Burgundy	Borgogna	place		
Provence	Provenza	place		
Alsace	Alsazia	place		
Lorraine	Lorena	place		
Flanders	Fiandre	place		
Wallonia	Vallonia	place		
Basque Country	Paesi Baschi	place		
Bohemia	Boemia	place		
Silesia	Slesia	place		
Transylvania	Transilvania	place		
Lapland	Lapponia	place		
Piedmont	Piemonte	place		
Apulia	Puglia	place		
South Tyrol	Alto Adige	place		
French Riviera|Côte d'Azur	Costa Azzurra	place		
Brixen	Bressanone	place		
Bolzano|Bozen	Bolzano	place		
Padua	Padova	place		
Mantua	Mantova	place		
Leghorn|Livorno	Livorno	place		
Crete	Creta	place		
Rhodes	Rodi	place		
Corfu	Corfù	place		
Peloponnese	Peloponneso	place		
Balkans	Balcani	place		
Caucasus	Caucaso	place		
Dolomites	Dolomiti	place		
Apennines	Appennini	place		
Danube	Danubio	place		
Thames	Tamigi	place		
Seine	Senna	place		
Nile	Nilo	place		
Tiber	Tevere	place		
Transjordan	Transgiordania	place		
Bible	Bibbia	thing		
Olympic Games|Olympics	Giochi olimpici|Olimpiadi	event		
# Events, laws
Brexit	Brexit	event		
Article 50	Articolo 50|articolo 50	event		
World War II|Second World War|World War 2	Seconda guerra mondiale|Seconda Guerra Mondiale	event	WWII|WW2	
World War I|First World War|World War 1	Prima guerra mondiale|Prima Guerra Mondiale	event	WWI|WW1	
# Periods and styles (capitalised in English, often adjectives in Italian)
Renaissance	Rinascimento|rinascimentale|rinascimentali	thing		
Middle Ages	Medioevo|Medio Evo|medievale|medievali|medioevale	thing		
Baroque	barocco|barocca|barocchi|barocche	thing		
Gothic	gotico|gotica|gotici|gotiche	thing		
Romanesque	romanico|romanica|romanici|romaniche	thing		
Art Nouveau	Art Nouveau|Liberty	thing		
Enlightenment	Illuminismo|illuminista	thing		
Reformation	Riforma|Riforma protestante	thing		
Industrial Revolution	Rivoluzione industriale	thing		
Stone Age	Età della pietra|età della pietra	thing		
Bronze Age	Età del bronzo|età del bronzo	thing		
Iron Age	Età del ferro|età del ferro	thing		
# People: nouns for people
extremist	estremista	people		a person, never content
jihadist	jihadista|jihadisti	people		
militant	miliziano|militante	people		
terrorist	terrorista	people		
fighter	combattente	people		
officer|police officer	agente|poliziotto	people		
official	funzionario|operatore|responsabile	people		
member	membro|componente	people		
person|people	persona|persone	people		
individual	individuo	people		
suspect	sospettato|sospetto	people		
hostage	ostaggio	people		
victim	vittima	people		
refugee	rifugiato|profugo	people		
migrant	migrante	people		
child|children	bambino|bambini|figlio|minore	people		
woman|women	donna|donne	people		
man|men	uomo|uomini	people		
worker	lavoratore|operaio	people		
employee	dipendente|impiegato	people		
student	studente	people		
teacher	insegnante|docente	people		
doctor	medico|dottore	people		
patient	paziente	people		
resident	residente|abitante	people		
citizen	cittadino	people		
voter	elettore	people		
user	utente	people		
developer	sviluppatore	people		
journalist	giornalista	people		
protester	manifestante	people		
prisoner	prigioniero|detenuto	people		
civilian	civile	people		
casualty	vittima civile	people		
inhabitant|resident population	abitante	people		
dead|death|fatality	morto|morti|deceduto|decesso	people		
injured|wounded|injury	ferito|feriti|ferimento	people		
missing	disperso|dispersi	people		
arrested|arrest	arrestato|arrestati	people		
survivor	sopravvissuto	people		
parent	genitore	people		
soldier|troop|troops	soldato|militare|truppe	people		
deputy|lawmaker|MP|member of parliament	deputato|parlamentare|membro del parlamento	people		
senator	senatore	people		
player	giocatore	people		
coach|manager	allenatore	people		
customer|client	cliente	people		
executive|manager	dirigente	people		
nurse	infermiere	people		
surgeon	chirurgo	people		
girl	ragazza	people		
boy	ragazzo	people		
young person|youth	giovane	people		
agent	agente	people		
staff|staffer	personale|collaboratore	people		
fan|supporter	tifoso|sostenitore	people		
# Roles and titles
director	direttore|capo	role		
head	capo|responsabile	role		
chief	capo	role		
minister	ministro	role		
prime minister	primo ministro|premier	role		
president	presidente	role		
spokesman|spokeswoman|spokesperson	portavoce	role		
chairman|chair	presidente	role		
king	re	role		
queen	regina	role		
emperor	imperatore	role		
empress	imperatrice	role		
pope	papa|pontefice	role		
pharaoh	faraone	role		
prince	principe	role		
princess	principessa	role		
sultan	sultano	role		
tsar|czar	zar	role		
secretary-general|secretary general	segretario generale	role		
mayor	sindaco	role		
governor	governatore	role		
ambassador	ambasciatore	role		
commissioner	commissario	role		
# Content and platforms
item	elemento|contenuto	content		pieces of content, never people
content	contenuto	content		
material	materiale	content		
video	video	content		
post	post|messaggio	content		
message	messaggio	content		
account	account|profilo	content		
page	pagina	content		
website|site	sito|sito web	platform		
document	documento	content		
file	file	content		
article	articolo	content		
photo|picture	foto|fotografia	content		
image	immagine	content		
tweet	tweet	content		
link	link|collegamento	content		
channel	canale	platform		
platform	piattaforma	platform		
service	servizio	platform		
app|application	app|applicazione	platform		
network	rete	platform		
social network	social network|rete sociale	platform		
social media	social media|social	platform		
Internet|internet	Internet|internet|rete	platform		
web	web	platform		
server	server	platform		
# Things
gross domestic product	prodotto interno lordo	thing	GDP|PIL	GDP is English, PIL Italian; both stand for the measure in either text
case	caso	thing		
act|law	legge|leggi	thing		A law; in a name ("Cyber Resilience Act") translators spell it out ("legge sulla resilienza")
directive	direttiva|direttive	thing		
regulation	regolamento|regolamenti	thing		
vehicle	veicolo	thing		
car	auto|automobile|macchina	thing		
building	edificio	thing		
house|home	casa|abitazione	thing		
weapon	arma	thing		
bomb	bomba	thing		
attack	attacco|attentato	thing		
operation	operazione	thing		
raid	raid|blitz	thing		
arrest	arresto	thing		
country	paese|nazione	thing		
city	città	thing		
company|firm	azienda|società|impresa	thing		
vote	voto	thing		
match|game	partita|incontro|gara	thing		
goal	gol|rete	thing		
point	punto	thing		
shot	tiro	thing		
win|victory	vittoria|partita vinta	thing		
loss|defeat	sconfitta	thing		
store|shop	negozio|punto vendita	thing		
school	scuola	thing		
village	villaggio	thing		
region	regione	thing		
ship|vessel	nave	thing		
rally	raduno|comizio	thing		
shirt|jersey	maglia|maglietta	thing		
seat	seggio	thing		
job	posto di lavoro|lavoro	thing		
tonne|ton	tonnellata	unit		
# Units and currencies
percent|per cent|%	per cento|percento|%	unit		
metre|meter	metro	unit		
kilometre|kilometer|km	chilometro|km	unit		
mile	miglio|miglia	unit		
yard	iarda	unit		
foot|feet	piede|piedi	unit		
inch	pollice	unit		
kilogram|kilogramme|kg	chilogrammo|chilo|kg	unit		
gram	grammo	unit		
pound weight|lb	libbra	unit		
litre|liter	litro	unit		
degree	grado	unit		
hectare	ettaro	unit		
square kilometre|square kilometer	chilometro quadrato	unit		
euro	euro	currency	EUR|€	
dollar	dollaro	currency	USD|$	
pound|pound sterling	sterlina	currency	GBP|£	
yen	yen	currency	JPY|¥	
franc	franco	currency	CHF	
# Time words
second	secondo	time		
minute	minuto	time		
hour	ora	time		
day	giorno	time		
week	settimana	time		
month	mese	time		
year	anno	time		
decade	decennio	time		
two-year period|biennium	biennio	time		
three-year period|triennium	triennio	time		
five-year period|quinquennium	quinquennio	time		
twenty-year period	ventennio	time		
thirty-year period	trentennio	time		
Christmas	Natale	time		
Easter	Pasqua	time		
New Year|New Year's Day	Capodanno	time		
century	secolo	time		
# Verbs of saying
said	ha detto|ha affermato|ha dichiarato|ha spiegato|ha sottolineato|ha concluso|ha aggiunto	speech		
told	ha detto a|ha raccontato	speech		
added	ha aggiunto	speech		
explained	ha spiegato	speech		
warned	ha avvertito|ha ammonito	speech		
announced	ha annunciato	speech		
confirmed	ha confermato	speech		
denied	ha negato|ha smentito	speech		

"""#
}
