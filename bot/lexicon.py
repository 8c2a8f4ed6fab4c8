"""Word lists the classifier and fact extractor read: countries, authorities and number words.

Everything here is plain data; the patterns built from it are compiled lazily by their users.
"""

from __future__ import annotations

import functools

# One line per country: English short name, then demonyms, capitals and other names that point to it.
# Only capitalised forms are matched, so "turkey" (the bird) and "china" (porcelain) are not countries.
_COUNTRY_TABLE = """
Afghanistan|Afghan|Afghans|Kabul|Taliban
Albania|Albanian|Albanians|Tirana
Algeria|Algerian|Algerians|Algiers
Andorra|Andorran
Angola|Angolan|Angolans|Luanda
Antigua and Barbuda
Argentina|Argentine|Argentinian|Argentines|Buenos Aires
Armenia|Armenian|Armenians|Yerevan
Australia|Australian|Australians|Canberra
Austria|Austrian|Austrians|Vienna
Azerbaijan|Azerbaijani|Azerbaijanis|Azeri|Baku
Bahamas|Bahamian
Bahrain|Bahraini|Bahrainis|Manama
Bangladesh|Bangladeshi|Bangladeshis|Dhaka
Barbados|Barbadian
Belarus|Belarusian|Belarusians|Belarusan|Byelorussia|Minsk|Lukashenko|Belaruskali
Belgium|Belgian|Belgians
Belize|Belizean
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|Bolivians|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Bosnians|Sarajevo
Botswana|Gaborone
Brazil|Brazilian|Brazilians|Brasilia|Brasília
Brunei|Bruneian
Bulgaria|Bulgarian|Bulgarians|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Bujumbura
Cambodia|Cambodian|Cambodians|Phnom Penh
Cameroon|Cameroonian|Cameroonians|Yaounde|Yaoundé
Canada|Canadian|Canadians|Ottawa
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic|Bangui
Chad|Chadian|Chadians|N'Djamena
Chile|Chilean|Chileans|Santiago
China|Chinese|Beijing|Peking|Huawei|SMIC|ZTE|Xi Jinping|Hong Kong|Xinjiang|Tibet
Colombia|Colombian|Colombians|Bogota|Bogotá|FARC
Comoros|Comorian
Democratic Republic of the Congo|DR Congo|DRC|Democratic Republic of Congo|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville|Brazzaville
Costa Rica|Costa Rican|San Jose
Croatia|Croatian|Croatians|Croat|Croats|Zagreb
Cuba|Cuban|Cubans|Havana
Cyprus|Cypriot|Cypriots|Nicosia
Czech Republic|Czechia|Czech|Czechs|Prague
Denmark|Danish|Dane|Danes|Copenhagen
Djibouti|Djiboutian
Dominican Republic|Dominican|Santo Domingo
Ecuador|Ecuadorian|Ecuadorean|Ecuadorians|Quito
Egypt|Egyptian|Egyptians|Cairo
El Salvador|Salvadoran|Salvadorans|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Eritreans|Asmara
Estonia|Estonian|Estonians|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia|Ethiopian|Ethiopians|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish|Finn|Finns|Helsinki
France|French|Paris|Elysee|Élysée
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul
Georgia|Georgian|Georgians|Tbilisi
Germany|German|Germans|Berlin
Ghana|Ghanaian|Ghanaians|Accra
Greece|Greek|Greeks|Athens
Guatemala|Guatemalan|Guatemalans|Guatemala City
Guinea|Guinean|Guineans|Conakry
Guinea-Bissau|Bissau
Guyana|Guyanese|Georgetown
Haiti|Haitian|Haitians|Port-au-Prince
Honduras|Honduran|Hondurans|Tegucigalpa
Hungary|Hungarian|Hungarians|Budapest
Iceland|Icelandic|Icelander|Reykjavik
India|Indian|Indians|New Delhi|Delhi
Indonesia|Indonesian|Indonesians|Jakarta
Iran|Iranian|Iranians|Tehran|Teheran|Persia|Khamenei|IRGC
Iraq|Iraqi|Iraqis|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Israelis|Jerusalem|Tel Aviv
Italy|Italian|Italians|Rome
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire|Ivorian|Ivorians|Abidjan|Yamoussoukro
Jamaica|Jamaican|Jamaicans|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Jordanians|Amman
Kazakhstan|Kazakh|Kazakhs|Astana|Almaty
Kenya|Kenyan|Kenyans|Nairobi
Kosovo|Kosovar|Kosovars|Pristina
Kuwait|Kuwaiti|Kuwaitis|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao|Laotian|Vientiane
Latvia|Latvian|Latvians|Riga
Lebanon|Lebanese|Beirut|Hezbollah
Lesotho|Basotho|Maseru
Liberia|Liberian|Liberians|Monrovia
Libya|Libyan|Libyans|Tripoli|Benghazi
Liechtenstein
Lithuania|Lithuanian|Lithuanians|Vilnius
Luxembourg|Luxembourgish
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Malaysians|Kuala Lumpur
Maldives|Maldivian
Mali|Malian|Malians|Bamako
Malta|Maltese|Valletta
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian
Mexico|Mexican|Mexicans|Mexico City
Moldova|Moldovan|Moldovans|Chisinau
Monaco|Monegasque
Mongolia|Mongolian|Mongolians|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Moroccans|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw|Naypyitaw|Yangon|Rangoon
Namibia|Namibian|Windhoek
Nepal|Nepali|Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam|The Hague
New Zealand|New Zealander|New Zealanders|Wellington
Nicaragua|Nicaraguan|Nicaraguans|Managua|Ortega
Niger|Nigerien|Niamey
Nigeria|Nigerian|Nigerians|Abuja|Lagos
North Korea|North Korean|North Koreans|Pyongyang|DPRK|Kim Jong Un|Kim Jong Il
North Macedonia|Macedonia|Macedonian|Skopje
Norway|Norwegian|Norwegians|Oslo
Oman|Omani|Omanis|Muscat
Pakistan|Pakistani|Pakistanis|Islamabad
Palestine|Palestinian|Palestinians|Gaza|West Bank|Ramallah|Hamas
Panama|Panamanian|Panama City
Papua New Guinea|Port Moresby
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Peruvians|Lima
Philippines|Philippine|Filipino|Filipinos|Manila
Poland|Polish|Pole|Poles|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Qataris|Doha
Romania|Romanian|Romanians|Bucharest
Russia|Russian|Russians|Moscow|Kremlin|Russian Federation|Putin|Gazprom|Gazprom Neft|Rosneft|Lukoil|Surgutneftegas|Sovcomflot|Novatek|Sberbank|VTB
Rwanda|Rwandan|Rwandans|Kigali
Saudi Arabia|Saudi|Saudis|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Serbians|Serb|Serbs|Belgrade
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|Singaporeans
Slovakia|Slovak|Slovaks|Bratislava
Slovenia|Slovenian|Slovene|Ljubljana
Somalia|Somali|Somalis|Mogadishu
South Africa|South African|South Africans|Pretoria|Johannesburg|Cape Town
South Korea|South Korean|South Koreans|Seoul
South Sudan|South Sudanese|Juba
Spain|Spanish|Spaniard|Spaniards|Madrid
Sri Lanka|Sri Lankan|Sri Lankans|Colombo
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo
Sweden|Swedish|Swede|Swedes|Stockholm
Switzerland|Swiss|Bern|Berne
Syria|Syrian|Syrians|Damascus|Assad
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Tajiks|Dushanbe
Tanzania|Tanzanian|Tanzanians|Dodoma|Dar es Salaam
Thailand|Thai|Thais|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo|Togolese|Lome
Trinidad and Tobago|Trinidadian
Tunisia|Tunisian|Tunisians|Tunis
Turkey|Turkiye|Türkiye|Turkish|Turks|Ankara
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Ugandans|Kampala
Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Mariupol|Kharkiv|Zaporizhzhia|Kherson|Azovstal
United Arab Emirates|UAE|Emirati|Emiratis|Abu Dhabi|Dubai
United Kingdom|UK|U.K.|Britain|Great Britain|British|Briton|Britons|London|Downing Street|Whitehall|Foreign Office|Scotland|Scottish|England|Wales|Welsh|Northern Ireland
United States|US|U.S.|USA|U.S.A.|United States of America|America|American|Americans|Washington|White House|State Department|Pentagon|Treasury|OFAC|Trump administration|Biden administration|Biden|Trump|Obama|Blinken|Rubio|Congress|Lockheed Martin|Raytheon|Chevron|Boeing
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Uzbeks|Tashkent
Venezuela|Venezuelan|Venezuelans|Caracas|Maduro|PDVSA
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen|Yemeni|Yemenis|Sanaa|Sana'a|Houthi|Houthis
Zambia|Zambian|Zambians|Lusaka
Zimbabwe|Zimbabwean|Zimbabweans|Harare
Vatican|Holy See
Yugoslavia|Yugoslav
Gibraltar
"""


@functools.cache
def country_aliases_cached() -> dict[str, str]:
    """The alias table, built once on first use."""
    return country_aliases()


def country_aliases() -> dict[str, str]:
    """Map every capitalised alias (name, demonym, capital) to its country's English short name."""
    aliases: dict[str, str] = {}
    for line in _COUNTRY_TABLE.strip().splitlines():
        name, *others = line.split("|")
        for alias in (name, *others):
            aliases[alias] = name
    return aliases


# Sanctioning authorities: the first pattern that matches in a sanctions sentence names the authority.
AUTHORITIES: tuple[tuple[str, str], ...] = (
    ("UN Security Council", r"\b(?:UN|U\.N\.|United Nations)\s+Security\s+Council\b|\bSecurity Council\b"),
    ("United Nations", r"\bUnited Nations\b|\bU\.?N\.?\b(?=\s+(?:sanctions|imposed|arms embargo))"),
    ("ECOWAS", r"\bECOWAS\b"),
    ("African Union", r"\bAfrican Union\b"),
    ("Arab League", r"\bArab League\b"),
    ("European Union", r"\bEuropean Union\b|\bEU\b|\bE\.U\.\b|\bBrussels\b|\bEuropean Council\b|\bEuropean Commission\b"),
    ("United States", r"\bUnited States\b|\bU\.?S\.?A?\b|\bAmerica(?:n)?\b|\bWashington\b|\bTreasury\b|\bOFAC\b"
                      r"|\bState Department\b|\bWhite House\b|\bCommerce Department\b|\b(?:Trump|Biden|Obama|Bush) administration\b"),
    ("United Kingdom", r"\bUnited Kingdom\b|\bU\.?K\.?\b|\bBritain\b|\bBritish\b|\bLondon\b|\bForeign Office\b"),
    ("Canada", r"\bCanada\b|\bCanadian\b|\bOttawa\b"),
    ("Japan", r"\bJapan\b|\bJapanese\b|\bTokyo\b"),
    ("Australia", r"\bAustralia\b|\bAustralian\b|\bCanberra\b"),
    ("Switzerland", r"\bSwitzerland\b|\bSwiss\b"),
    ("Russia", r"\bRussia\b|\bMoscow\b|\bKremlin\b"),
    ("China", r"\bChina\b|\bBeijing\b"),
)

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "hundred": 100, "a thousand": 1000, "thousand": 1000, "a pair of": 2, "a couple of": 2, "both": 2,
}

MULTIPLIERS: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}

# Capitalised words that start or make up phrases that are not people's names.
NOT_NAME_WORDS = frozenset(
    """
    The A An And Of In On At For To From By With After Before Including Among Between Nobel Peace Prize
    Kidnapped Abducted Captured Frenchman Frenchmen Englishman Englishmen Statement
    President Prime Minister Foreign Secretary State Department Treasury Council Union European United Nations
    Security General Court Supreme High Human Rights Watch Amnesty International Red Cross Committee Government
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Mr Mrs Ms Dr Sir Lord Lady King Queen Prince Princess Pope Saint St
    Reuters AP AFP Associated Press BBC CNN News Agency Times Post Journal Guardian Al Jazeera
    Political Prisoners Prisoner Hostages Hostage Opposition Leader Leaders Activist Activists Journalist
    Journalists Release Released Freed Frees Free Swap Exchange Amnesty Pardon Pardoned Sanctions Sanction
    Ministry Office Service Federal Republic Democratic People's Party Army Forces Military Police Islamic
    North South East West New Old Former Ex Jailed Detained Imprisoned Wrongfully Key Prominent Top Senior
    Russian American British Iranian Belarusian Chinese Ukrainian Israeli Palestinian Venezuelan Cuban
    Special Envoy Envoy Ambassador Secretary Senator Governor Mayor Chief Director Spokesman Spokeswoman
    Premier Chancellor Vice Deputy Commander Colonel General Major Captain Lt Sgt Pfc Cpl Pvt Spc Capt Sheikh Emir Crown
    Day Week Year Years Months Christmas Easter Ramadan Eid Lent Buddhist Nowruz Diwali Tet Vesak Passover New Year Independence National Assembly Parliament
    Congress Senate House White Kremlin Pentagon Commission Embassy Consulate Foundation Institute Centre Center
    Front Movement Network Brigade Brigades Group University College Guard Guards Corps Crescent Bank Airport Prison
    Photojournalist Blogger Reporter Writer Poet Lawyer Dissident Veteran Marine Seaman Leading Bishop Pastor Cardinal
    Intelligence Commissioner Releases Lifts Hundreds Dozens Thousands Says Say First Last Final
    Teen Teens Teenager Teenagers Youth Youths Returns Crosses
    """.split()
)

# A plural noun of people the closed word lists of the rules lack, read only where the people are surely freed (right after
# a release verb for a count, told as taken or held by an armed group for a label): one as often a town's people or a
# court's ("residents", "judges"), a trade or calling ("peasants", "pilgrims"; "lecturers", "deminers", whose "-ers" and
# "-ors" alone also end "howitzers", "dredgers", "raptors"), or one known by "-ists", "-ians" or "-men" ("pharmacists",
# "veterinarians", "linemen"), not captors or go-betweens ("gunmen", "tribesmen", "spokesmen").
PEOPLE_BY_ENDING = (
    r"(?:residents|inhabitants|occupants|villagers|civilians|judges|magistrates|victims|participants|immigrants|expatriates|"
    r"expats|peasants|herders|traders|merchants|shepherds|nomads|pilgrims|worshippers|parishioners|deacons|clergy|elders|"
    r"midwives|surgeons|labou?rers|lecturers|trainees|deminers|vaccinators|porters|surveyors|bankers|loggers|carpenters|plumbers|"
    r"welders|drillers|dockers|dockworkers|bricklayers|caretakers|pensioners|schoolteachers|firefighters|woodcutters|vendors|"
    r"hairdressers|bakers|butchers|tailors|weavers|cleaners|waiters|waitresses|farmhands|smallholders|beekeepers|gardeners|"
    r"housekeepers|"
    r"(?!(?:lists|twists|wrists|fists|cysts|mists|parliamentarians|guardians)\b)(?-i:[a-z]+(?:ists|ians))|"
    r"(?!(?:gunmen|militiamen|tribesmen|clansmen|middlemen|spokesmen|ombudsmen|chairmen|congressmen|countrymen|specimens|"
    r"regimens|omen|semen)\b)(?-i:[a-z]+men))"
)
# One person identified by role ("opposition leader Kozulin", "a French tourist").
PERSON_ROLES = (
    r"(?:journalist|reporter|activist|dissident|hostage|prisoner|detainee|national|citizen|aide|worker|"
    r"soldier|pilot|blogger|lawyer|teacher|student|scholar|academic|researcher|businessman|"
    r"businesswoman|tourist|priest|bishop|archbishop|cleric|poet|writer|artist|leader|critic|opponent|defender|"
    r"veteran|marine|sailor|politician|figure|candidate|officer|engineer|volunteer|doctor|nurse|"
    r"paramedic|photographer|photojournalist|filmmaker|film-maker|rapper|singer|musician|diplomat|"
    r"missionary|executive|father|mother|son|daughter|editor|sergeant|publisher|bookseller|professor|pastor|economist|scientist|"
    r"hero|founder|captain|agent|mayor|MP|correspondent|translator|interpreter|"
    r"campaigner|environmentalist|conservationist|unionist|sociologist|geologist|archaeologist|lecturer|imam|rabbi|"
    r"(?-i:Dane|Briton|Swede|Pole|Finn|Scot|Spaniard|Frenchman|Frenchwoman|Dutchman|Englishman|Irishman)|"
    # a person, not a modifier: "spy chief", "fighter jets", "militant group"
    r"(?:spy|convict|dealer|trafficker|smuggler|launderer|hacker|operative|assassin|hitman|financier|violator|offender|commander|"
    r"colonel|militant|fighter|kingpin|warlord|drug\s+lord|policeman|policewoman|ballerina|dancer|captive|contractor|farmer|"
    r"fisherman|seafarer|hiker|member|ranger|jawan|constable|lawmaker|legislator|councillor|councilor|"
    # an official only as one held: "former minister", "deputy governor" (not "the minister says")
    r"(?:(?<=former\s)|(?<=deputy\s)|(?<=ex-))(?:minister|governor|judge|prosecutor)|analyst|cameraman|nun|monk|ally|asset|"
    r"collaborator|informant|defector|mobster|gangster|mercenary|commando|paratrooper|deserter|shepherd|herder|trader|porter|"
    r"labourer|laborer|"
    # words as often a modifier ("a rebel truce", "a tycoon's ransom", "21 Islamist and leftist activists")
    r"(?:Islamist|jihadist|loyalist|oligarch|tycoon|magnate|terrorist|bomber|rebel|insurgent|guerrilla|separatist|nationalist|"
    r"combatant|villager)(?!['\u2019]s\b|\s+(?:and|or|truce|ceasefire|amnesty|offer|declaration|video|propaganda|party|movement|"
    r"group|commander|leader|promise|body|attack|[a-z]+(?:s|men))\b))"
    r"(?!\s+(?:chiefs?|agenc(?:y|ies)|services?|planes?|rings?|cases?|trials?|charges|swaps?|scandals?|jets?|groups?|networks?|cells?|"
    r"states|countries|nations)\b))"
)
