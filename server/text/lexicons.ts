// Hand-written lexicons for UK English recovery stories. The large first-name lists come from
// @stdlib datasets; these add the names and nicknames common in the UK and Ireland that those
// US-derived lists miss, plus the places and words that must never be flagged.

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

// UK, Irish, Welsh, Scottish, South Asian, African, Caribbean, Arabic, Polish and other names common
// in Britain, and the short forms people use in speech.
export const EXTRA_FIRST_NAMES = words(`
Aaliyah Abdi Abdul Abdullah Abena Abimbola Adaeze Adebayo Adeel Adewale Ade Afia Afua Agnieszka Ahmed Aidan
Aileen Ailsa Aimee Aisha Aishling Aisling Akua Ali Alasdair Alastair Alfie Alisha Amara Amarjit Amir Amira Amna
Anand Aneurin Angharad Anil Anjali Anwar Aoife Arjun Arran Arwel Asif Asma Ayesha Azra Bab Babs Baz Bazza Becca
Beks Bex Bethan Bhavna Bilal Blessing Bogdan Bronwen Bryn Cadi Caitlin Caoimhe Carys Catrin Cerys Chidi Chinedu
Chioma Chipo Ciara Ciaran Cillian Ciarán Conor Connor Daz Dazza Declan Deepak Deji Delyth Dessie Dev Dewi Dilys
Divya Dominika Donal Dorota Dylan Eilidh Eimear Eleri Elis Emeka Emre Eoin Ewa Farah Farid Farhan Fatima Fatuma
Femi Fergus Ffion Fionn Folake Funmi Gaz Gazza Gemma Ghulam Gethin Gerwyn Gurpreet Gwen Gwyneth Hamza Harjit Hassan
Hywel Huw Ibrahim Ifan Ifeoma Iestyn Imran Ioan Iwan Jagdeep Jakub Jas Jaspreet Jayden Jeet Jonno Kacper Kamal
Kamala Kasia Kayleigh Kemi Kez Khadija Kiera Kieran Kirsty Kofi Kojo Krzysztof Kwame Kwabena Lakshmi Leanne Llyr
Lowri Lukasz Łukasz Macca Magda Mairead Mairi Maja Malgorzata Małgorzata Manpreet Mariam Marek Mehmet Meinir Mhairi
Misha Mo Mohammed Mohammad Muhammad Moira Morag Mustafa Nadia Naveed Neha Niamh Nia Nisha Nkechi Nnamdi Nuala
Obi Odhran Oisin Oisín Olu Oluwaseun Oluwadamilare Osian Owain Padraig Pádraig Parveen Pawel Paweł Piotr Precious
Priya Rabia Rahul Rajesh Rajinder Ravi Rhian Rhiannon Rhodri Rhys Robbo Róisín Roisin Ronan Ruksana Ruairi Rukhsana
Sadia Saima Saiqa Sajid Sandeep Saoirse Seamus Séamus Sean Seán Shabana Shahid Shaz Shazia Shirin Shona Shreya
Siân Sian Sinead Sinéad Siobhan Siobhán Sioned Sunita Sukhwinder Szymon Tadhg Tafadzwa Tatenda Tendai Tariq Tegan Tez Tomasz Tomek Tunde
Uzma Waleed Wiktoria Wojciech Yasmin Yasmeen Yusuf Zainab Zara Zaynab Zbigniew Zofia Zoë Zoe Zeynep
`);

// Words that look like names in some list but must not be treated as one on their own.
export const NOT_NAMES = new Set(
  words(`
God Lord Jesus Christ Allah Christmas Easter Eid Diwali Ramadan Valentine Halloween Mum Mam Mom Dad Nan Nana Gran
Granny Grandad Grandma Grandpa Auntie Aunty Uncle Sis Bro Mate Pal Love Hun Pet Sir Madam Miss Doc Chair Member All
Participant Interviewer Facilitator Volunteer Speaker Host Researcher Moderator Carer Peer Group Everyone Someone
Mental Health Awareness Week Black White English British Irish Scottish Welsh Polish Nigerian Syrian Pakistani
Bangladeshi Indian Chinese Korean Asian African Caribbean European Cantonese Yoruba Urdu Punjabi Arabic NHS GP
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Hi Hiya Hey Hello Cheers Ta Aye Okay Yeah Erm Um Ok North South East West Southeast Southwest Northeast Northwest Central Insta TikTok Facebook Twitter Instagram YouTube Zoom Teams WhatsApp Google FIFA
`),
);

// Countries, nations, regions and large towns: context, not identifiers, so never flagged alone.
export const PLACES = new Set(
  words(`
England Scotland Wales Ireland Britain UK Europe America Africa Asia India Pakistan Bangladesh Nigeria Ghana Syria
Poland Romania Jamaica Somalia Eritrea Sudan Afghanistan Iraq Iran Turkey Ukraine Lithuania China Australia Canada
London Manchester Liverpool Birmingham Leeds Sheffield Bradford Newcastle Sunderland Middlesbrough Hull York Leicester
Nottingham Derby Coventry Bristol Bath Cardiff Swansea Newport Belfast Derry Dublin Cork Galway Mayo Kerry Glasgow
Edinburgh Dundee Aberdeen Inverness Perth Stirling Paisley Brighton Southampton Portsmouth Plymouth Exeter Norwich
Ipswich Cambridge Oxford Reading Luton Bolton Wigan Preston Blackpool Blackburn Burnley Stoke Wolverhampton Walsall
Kent Essex Surrey Sussex Devon Cornwall Dorset Somerset Yorkshire Lancashire Cheshire Cumbria Durham Northumberland
Lincolnshire Norfolk Suffolk Fife Lothian Highlands Tayside Teesside Tees Merseyside Midlands Wirral Homs Aleppo
Lagos Karachi Lahore Kabul Warsaw Krakow Kraków Paris Berlin Madrid Rome Hong Kong Mayfair Soho Chester Lincoln
Carlisle Lancaster Gloucester Worcester Hereford Salisbury Wells Winchester Canterbury Chelsea Brixton Hackney
Peckham Camden Croydon Salford Stockport Oldham Rochdale Barnsley Doncaster Rotherham Wakefield Huddersfield Halifax
Scarborough Whitby Darlington Hartlepool Gateshead Motherwell Kilmarnock Ayr Falkirk Livingston Swindon Slough Dover
`),
);

export const TITLES = new Set(
  words(`Dr Doctor Mr Mrs Ms Miss Mx Sister Reverend Rev Father Fr Professor Prof Sir Dame Lady Lord Nurse Councillor Cllr
Judge Sergeant Sgt Officer PC DC Imam Rabbi Pastor Auntie Uncle Coach`),
);

// Speaker-label words that name a role, not a person.
export const ROLE_LABELS = new Set(
  words(`interviewer participant facilitator volunteer speaker chair member all host researcher moderator carer peer
worker group narrator q a question answer everyone voice caller leader coordinator support nurse staff audience person
woman man mum dad child son daughter partner friend unknown unidentified other others student teacher parent`),
);

// Relationship and role nouns after which a capitalised word is a person ("my mate Liam").
export const RELATION_NOUNS = new Set(
  words(`mate mates friend pal sister brother son daughter wife husband partner girlfriend boyfriend fiancé fiancee
mum mam dad nan gran granny grandad grandson granddaughter uncle aunt auntie cousin niece nephew sponsor worker
manager boss coach teacher tutor counsellor therapist nurse doctor psychiatrist neighbour lass lad fella bloke
supervisor colleague keyworker called named ex stepdad stepmum landlord officer mentor visitor advocate`),
);

// Words that end the name of a place where care happens.
export const FACILITY_SUFFIXES = new Set(
  words(`Hospital Infirmary Surgery Clinic Practice Hospice Prison Unit Ward School Academy College University Centre
Center Sanatorium Asylum Home Diner Pharmacy Chemist Welfare Takeaway Restaurant Pub Inn Hostel Library`),
);

// Words that end the name of an organisation or group.
export const ORG_SUFFIXES = new Set(
  words(`Café Cafe Club Society Trust Network Collective Circle Hub Group Project Advice Drop-In Lodge Crew Association
Partnership Foundation Charity Services Service Forum Alliance Union RFC AFC FC Ltd Limited Foods Electrical Recovery
Fellowship Initiative Programme Alliance Council Cooperative Co-op Community Team Steps Sundays Mondays Circle House
Welcome Support Works Action Aid Mind Voices Brew Enterprises Industries Builders Motors Logistics Solutions Studio
Studios Gym Coffee Kitchen Bakery Garage Mission Church Chapel Mosque Temple Gurdwara Synagogue Lanterns Pressure`),
);

export const STREET_SUFFIXES = new Set(
  words(`Road Rd Street St Avenue Ave Lane Ln Drive Dr Close Crescent Cres Way Place Pl Terrace Gardens Court Ct Grove
Row Square Walk Mews Wynd Brae Vennel Parade Rise View Hill Park Green Vale Gate Boulevard Quay`),
);

export const STREET_PREFIXES = new Set(words(`Clos Heol Ffordd Stryd Lôn Lon Rue`));

export const MONTHS = words(
  `January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`,
);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
