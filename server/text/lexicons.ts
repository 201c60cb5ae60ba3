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

// First names from the traditions of people who live in Britain, beyond the lists above: Welsh,
// Scottish and Irish Gaelic, Chinese (pinyin and Cantonese), Vietnamese, Nepali, Punjabi and other South
// Asian, Polish, Ukrainian and Russian, Romanian, Lithuanian, Somali, Eritrean, Arabic, Kurdish, Turkish,
// Afghan, Yoruba, Igbo, Akan, Shona and other African, Caribbean and Portuguese. Common given names only.
export const WORLD_FIRST_NAMES = words(`
Aled Alun Arianwen Bethan Branwen Cai Cadfael Catrin Dafydd Deiniol Dilwyn Eirlys Eirian Elin Elinor Emlyn Eurig
Ffion Geraint Gethin Glesni Gruff Gruffudd Gruffydd Gwenllian Gwion Gwilym Gwyn Heledd Hefin Ieuan Ifor Iolo Llinos
Llion Lleucu Mabli Mali Mared Mererid Meirion Morgan Nerys Nesta Nia Osian Peredur Rhiannon Rhun Sioned Siwan Steffan
Taliesin Tegwen Tomos Tudur Wyn Ynyr Alasdair Calum Catriona Ealasaid Eilidh Iain Isla Kirsteen Mairi Murdo Peigi
Ruaridh Seonag Seumas Somhairle Tormod Aoibheann Aoibhinn Bríd Cathal Clodagh Dara Deirdre Dervla Diarmuid Eabha
Éabha Fiachra Gráinne Grainne Oonagh Orla Peadar Ruairí Sadhbh Síle Tadhg Treasa Úna
Wei Li Mei Ming Jun Hui Yan Xin Xiao Lan Fang Hong Jing Ling Ying Yu Yun Qing Chun Jie Jian Hao Lei Tao Feng
Xiu Zhen Zhi Yi Lin Lihua Xiaoming Xiaoli Meiling Jiahui Zhiwei Junjie Haoran Yuxuan Zihan Kai Kam Wai Siu
 Minh Linh Anh Thi Thuy Thao Trang Tuan Huong Hoa Duc Dao Quang Quan Phuong Phong Ngoc Nga
Hieu Hai Hanh Lien Loan Mai Nhung Tam Thanh Trung Vinh Yen Khanh Bao Binh Cuong Giang Hien Khoa Nam
Bikash Prakash Sita Gita Ram Hari Krishna Bishnu Dipak Deepa Sushila Sunil Suman Sanjay Rajendra Ramesh Pema
Tenzin Lhakpa Dawa Nima Pasang Mingma Kamala Laxmi Sarita Anita Bimala Gopal Binod Dinesh Ganesh Kiran Manish
Nabin Pradeep Rabin Sagar Santosh Sujata Sunita Gurdeep Gurpreet Gurinder Harpreet Harjinder Harvinder Jasbir
Jaswinder Jasvinder Kuldip Kuldeep Kulwant Manjit Manjeet Mandeep Navdeep Navjot Paramjit Parminder Rajvinder
Ranjit Simran Sukhdev Sukhjinder Surinder Tejinder Baljit Balwinder Amrit Inderjit Jatinder Jagjit Daljit Gurmeet
Arun Ashok Bhupinder Chandra Dev Gita Hemant Jyoti Kavita Lalit Madhu Mohan Nikhil Pooja Rakesh Ritu Sachin Shanti
Shyam Suresh Usha Vijay Vikram Vinod Meena Nalini Rohan Sanjeev Sapna Tanvi Varun Anisa Arif Fahim Farzana Habib
Hasina Jahanara Kamrul Mahmud Masud Nasrin Rafiq Rahim Rashid Salma Shamima Shirin Sultana Taslima
Ania Agata Aleksandra Anna Basia Bartek Bartosz Beata Dawid Dorota Grzegorz Halina Iwona Jacek Jadwiga Janusz
Jerzy Joanna Jolanta Justyna Kamil Karolina Katarzyna Kinga Krystyna Kuba Maciej Marcin Mariusz Marta Mateusz
Michał Michal Monika Ola Patrycja Paulina Przemek Rafał Rafal Renata Robert Ryszard Sebastian Stanisław Sylwia Tadeusz
Urszula Wiesław Wojtek Zosia Zbyszek Andriy Anastasiia Bohdan Dmytro Halyna Iryna Kateryna Khrystyna Mykola Mykhailo
Oksana Olena Oleksandr Oleksii Olha Petro Roman Serhiy Serhii Svitlana Taras Tetiana Vasyl Viktor Volodymyr Yaroslav
Yevhen Yulia Yuliia Natalia Nataliya Tatiana Igor Ivan Vladimir Sergei Sergey Dmitri Olga Svetlana Irina Yuri
Alexei Nikolai Andrei Mihai Ionut Florin Gheorghe Ioana Mihaela Andreea Elena Adrian Cosmin Vasile Marius Daniela
Jonas Tomas Lukas Rasa Ruta Egle Giedre Darius Mindaugas Agne Vytautas Aurelija
Abdi Abdirahman Abdikarim Abdullahi Ahmed Ayaan Asha Amina Ayan Deeqa Faadumo Fadumo Faisal Farhia Filsan Halima
Hamdi Hawa Hibo Hodan Hussein Ibado Idil Ikran Ilhan Ismail Istar Kadra Khadra Layla Maryan Mohamed Muna Mustafe
Nimco Omar Qamar Sagal Saido Samira Shukri Sahra Ubah Warsame Yasin Yusra Zamzam Abel Aman Dawit Filmon Haben
Helen Kidane Mebrahtu Merhawi Semhar Senait Tesfay Yonas Yohannes Biniam Hagos Meron Selam Saba Ahmad Ali Bilal
Fatma Hamid Hana Huda Karim Khalid Layla Mahmoud Maryam Nour Omar Rania Reem Salah Sami Samir Tarek Yara Youssef
Zaid Zeinab Ahmet Aylin Ayse Ayşe Burak Cem Deniz Elif Emine Fatih Hakan Hatice Kemal Murat Mustafa Ozan Selin
Serkan Zehra Dilan Rojda Shilan Soran Hêvî Rebin Zana Azad Nasir Farid Hamidullah Mohammad Parwana Rahmat Wahid
Zahra Zarmina Abiodun Adunni Ayo Ayodele Ayomide Babatunde Bisi Bisola Bola Bolaji Bukola Dayo Damilola Folasade
Funke Funmilayo Gbenga Ibukun Jumoke Kayode Kehinde Kunle Lola Moji Morenike Niyi Olamide Olumide Oluwaseun Seun
Sade Segun Shola Sola Taiwo Tayo Temitope Tolu Tope Wale Wunmi Yemi Yinka Abuchi Adaeze Ada Adanna Amaka Chiamaka
Chibuike Chidera Chidinma Chika Chima Chinedu Chinonso Chinwe Chioma Chukwuemeka Chuka Ebuka Ejike Ekene Emeka
Ifeanyi Ifeoma Ikenna Ngozi Nkechi Nkem Nneka Nnamdi Obinna Obiora Ogechi Onyeka Uche Uchenna Ugo Ugochi Adjoa Akosua
Ama Efua Esi Kofi Kwabena Kwadwo Kwaku Kwame Kwasi Kojo Yaw Yaa Farai Kuda Kudzai Nyasha Rumbi Rutendo Tafadzwa
Tanaka Tatenda Tendai Vimbai Wadzanai Thandiwe Themba Sipho Zanele Precious Blessing Chipo Mwansa Amani Baraka
Jabari Wanjiru Wanjiku Njeri Otieno Delroy Desmond Errol Lloyd Winston Leroy Marlon Clive Carlton Everton
Beverley Marcia Paulette Sonia Yvonne Hyacinth Winsome Joao João Tiago Rui Nuno Catarina Ines Inês Joana Sofia Pedro
`);

// Surnames of those traditions and of Britain that follow a first name or stand alone after a title.
export const SURNAMES = words(`
Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly Zhang Wang Chen Liu Huang Zhao Zhou Wu Xu Lin
Cheung Wong Leung Lau Chan Tsang Yip Kwok Lam Ng Gurung Tamang Rai Limbu Magar Thapa Sherpa Shrestha Adhikari
Khadka Karki Bhandari Poudel Sharma Singh Kaur Gill Sandhu Dhillon Sidhu Grewal Bains Atwal Johal Sahota Virdi Kang
Sangha Bassi Chohan Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski
Lewandowski Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski Mazur
Krawczyk Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Boyko Koval Petrenko Oliinyk Popescu Ionescu
Popa Warsame Farah Jama Egal Hersi Osman Yusuf Okafor Okonkwo Okeke Eze Nwosu Obi Nwachukwu Adeyemi Adebayo
Adewale Ogunleye Okonjo Oyelaran Bakare Balogun Akinola Ogundipe Adeleke Mensah Owusu Boateng Asante Osei
Appiah Agyeman Darko Moyo Ncube Dube Sibanda Chikwanha Hussain Begum Rahman Uddin Miah Chowdhury Ahmed
`);

// Names that are also ordinary words, given for their meaning (many in African and Caribbean families):
// a name only where context says so.
export const WORD_NAMES = words(`
Destiny Summer Autumn River Storm Heaven Harmony Liberty Justice Genesis Miracle Godswill Comfort Mercy Charity
Prudence Verity Honour Favour Wisdom Goodluck Marvellous Sonny Skye Willow Blossom Poppy Daisy Lily Ivy Holly Hazel
Heather Jasmine Saffron Amber Ruby Pearl Jade Crystal Angel Honey Faith Hope Grace Joy Patience Precious Blessing
`);

// Words before a name that make a nickname: "Big Tam", "Wee Mags", "Young Kev".
export const NICKNAME_WORDS = new Set(
  words(`Big Wee Little Lil Young Old Auld Mad Daft Fat Lanky Tall Skinny Ginger Scouse Posh Crazy Tiny Baby Mental
Smiling Silent Slim Fast Quiet Dirty Dodgy Sweaty Bonnie`),
);

// Words that look like names in some list but must not be treated as one on their own.
export const NOT_NAMES = new Set(
  words(`
God Lord Jesus Christ Allah Hashem Santa Christmas Easter Eid Diwali Ramadan Pesach Passover Hanukkah Vaisakhi Lourdes Valentine Halloween Porsche Kia Mum Mam Mom Dad Nan Nana Gran
Compère Compere Emcee Miner Mic Granny Grandad Grandma Grandpa Auntie Aunty Uncle Sis Bro Mate Pal Love Hun Pet Sir Madam Miss Doc Chair Member All
Participant Interviewer Facilitator Volunteer Speaker Host Researcher Moderator Carer Peer Group Everyone Someone
Mental Health Awareness Week Black White English British Irish Scottish Welsh Polish Nigerian Syrian Pakistani
Bangladeshi Indian Chinese Korean Asian African Caribbean European Cantonese Yoruba Urdu Punjabi Arabic NHS GP
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Hi Hiya Hey Hello Cheers Ta Aye Okay Yeah Erm Um Ok Covid Lego PlayStation Xbox Nintendo
Ukrainian Russian Romanian Lithuanian Latvian Kurdish Eritrean Ethiopian Somali Sudanese Yemeni Iraqi Iranian Afghan
Albanian Turkish Greek Italian Spanish Portuguese French German Dutch Filipino Vietnamese Nepali Nepalese Tamil
Gujarati Bengali Sylheti Pashto Farsi Dari Tigrinya Amharic Igbo Hausa Twi Zulu Swahili Ghanaian Zimbabwean
Kenyan Ugandan Congolese Jamaican Trinidadian Barbadian Gypsy Traveller Roma Romany Gaelic Cornish Manx Scots Geordie
Scouse Brummie Tata Apa Taid Nain Mamgu Tadcu Baba Mama Abba Ammi Abbu Nani Dadi Nana Bibi Ayi Dziadek Babcia Babushka
Dedushka Bapu Bhai Didi Dada Mami Papi Papa My Son Sarge Granda Hooyo Aabo Reet Gypsies Travellers Catholic Protestant
Anglican Methodist Presbyterian Pentecostal Evangelical Muslim Sikh Hindu Jewish Christian Buddhist Shwmae Shwmai
Cariad Awright Aright Havenae Cannae Didnae Dinnae Wisnae Isnae Couldnae Wouldnae Shouldnae Doesnae Wasnae Hasnae Helo Bore Diolch Hwyl Iawn Ciamar Madainn Halò Slàinte Salaam Salam Namaste Sat Sri Akal Asalaam Assalamu Alaikum
Marhaba Habari Jambo Cześć Privet Salut Hola Ciao Inshallah Mashallah Alhamdulillah Wallahi Amen Hallelujah Abuela Abuelo Nonna Nonno Oma Opa Yiayia Lolo Ji
Maman Mamička Mamusia Mamo Mammy Mammi Mummy Daddy Mamá Papá Ammu Amma Appa Aama Bapa Tatay Nanay Inay Itay Manman
Malam Dayê Babo Dede Ammachi Achan Appachan Ummi Umma Meds North South East West Southeast Southwest Northeast Northwest Central Insta TikTok Facebook Twitter Instagram YouTube Zoom Teams WhatsApp Google FIFA
Reddit Discord Snapchat Twitch Tumblr Telegram Uni Recap Respawn
Ive Im Dont Cant Wont Didnt Doesnt Isnt Wasnt Couldnt Wouldnt Shouldnt Havent Hasnt Aint Youve Weve Theyve Youre Theyre
Romani Japanese Jordanian Coptic Mexican Taiwanese Cambodian Khmer Maldivian Singaporean Malaysian 
Burmese Indonesian Mongolian Tibetan Sinhala Sinhalese Telugu Marathi Malayalam Malayali Kannada Hindi
 Sindhi Pashtun Hazara Uzbek Tajik Turkmen Kazakh Kyrgyz Azerbaijani Azeri Georgian Armenian
Chechen Moldovan Serbian Croatian Bosnian Slovenian Slovak Czech Hungarian Bulgarian Macedonian Montenegrin
Kosovan Belarusian Estonian Finnish Swedish Norwegian Icelandic Belgian Swiss Austrian Maltese Cypriot
Lebanese Palestinian Israeli Egyptian Libyan Tunisian Algerian Moroccan Mauritian Malagasy Mozambican Angolan
Zambian Malawian Tanzanian Rwandan Burundian Cameroonian Senegalese Gambian Ivorian Liberian Togolese
Beninese Malian Guinean Chadian Darfuri Nubian Oromo Djiboutian Saudi Emirati Omani Qatari Kuwaiti Bahraini
Cuban Colombian Venezuelan Peruvian Bolivian Chilean Argentine Argentinian Uruguayan Brazilian Ecuadorian
Guyanese Bajan Grenadian Vincentian Antiguan Dominican Haitian Canadian American Australian Fijian Tongan
Samoan Maori Māori Afrikaner Afrikaans Hebrew Yiddish Aramaic Assyrian Chaldean Yazidi Druze Alevi Ismaili
 Ahmadiyya Orthodox Baptist Quaker Mormon Adventist Rastafari Rastafarian Wiccan Parsi
Zoroastrian Bahai Mandarin Hokkien Hakka Teochew Ndebele Luganda Kikuyu Lingala Wolof Krio Patois
Creole Romanes
Quran Qur'an Koran Torah Talmud Bible Granth Maghrib Fajr Dhuhr Zuhr Jummah Jumu'ah Namaz Tihar Dashain
Holi Navratri Onam Pongal Chanukah Shabbat Sabbath Sukkot Purim Himalaya Himalayas
Mãe Vovó Vovô Avó Avô Annem Babam Anneannem Babaannem Biji Beeji Bibiji Khala Phuppo Chacha Mamu Nanu Dadu
Nanaji Dadaji Bhaiya Behen`),
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
Tyneside Wearside Ulster Ards Snowdonia Connemara Donegal Fermanagh Tyrone Antrim Armagh Gwynedd Powys Ceredigion
Lagos Karachi Lahore Kabul Warsaw Krakow Kraków Paris Berlin Madrid Rome Hong Kong Mayfair Soho Chester Lincoln
Carlisle Lancaster Gloucester Worcester Hereford Salisbury Wells Winchester Canterbury Chelsea Brixton Hackney
Peckham Camden Croydon Salford Stockport Oldham Rochdale Barnsley Doncaster Rotherham Wakefield Huddersfield Halifax
Scarborough Whitby Darlington Hartlepool Gateshead Motherwell Kilmarnock Ayr Falkirk Livingston Swindon Slough Dover
Philippines Netherlands Gambia Congo Caribbean Balkans Baltics Alps Andes Himalayas Maldives Bahamas Seychelles
Falklands Hebrides Orkney Orkneys Shetland Shetlands Ukraine Russia Belarus Moldova Latvia Estonia Albania Kosovo Serbia
Croatia Bosnia Bulgaria Hungary Slovakia Czechia Austria Germany France Spain Portugal Italy Greece Cyprus Malta
Morocco Algeria Tunisia Libya Egypt Ethiopia Uganda Tanzania Zimbabwe Zambia Malawi Mozambique Rwanda Burundi
Cameroon Senegal Liberia Kurdistan Yemen Oman Qatar Kuwait Lebanon Palestine Gaza Nepal
Bhutan Tibet Sri Lanka Myanmar Burma Thailand Vietnam Cambodia Laos Malaysia Singapore Indonesia Japan Korea Taiwan
Brazil Argentina Chile Colombia Peru Venezuela Mexico Cuba Trinidad Barbados Guyana Grenada Antigua
Kumasi Accra Abuja Enugu Ibadan Harare Bulawayo Nairobi Mogadishu Hargeisa Asmara Addis Khartoum Baghdad Mosul Erbil
Tehran Damascus Beirut Kyiv Kiev Kharkiv Odesa Lviv Bucharest Craiova Vilnius Riga Gdansk Poznan Wroclaw Lodz
Niger Benin Togo Gabon Angola Namibia Botswana Lesotho Eswatini Djibouti Slovenia Montenegro Macedonia Armenia
Lanzarote Tenerife Majorca Mallorca Menorca Minorca Ibiza Magaluf Benidorm Corfu Zante Algarve Dubai Vegas
`),
);

export const TITLES = new Set(
  words(`Dr Doctor Mr Mrs Ms Miss Mx Sister Reverend Rev Father Fr Professor Prof Sir Dame Lady Lord Nurse Councillor Cllr
Judge Sergeant Sgt Officer PC DC Imam Rabbi Pastor Auntie Aunty Aunt Uncle Coach Nana Nan Nanna Nanny Gran Granny
Grandma Grandad Grandpa Nani Dadi Mama Papa Mother Brother Bhaji Baji Bhabhi Cousin DJ MC Captain Skipper Deacon
Elder Prophet Apostle Evangelist Bishop Canon Midwife Chef Mam Mum Dad Tata Taid Nain Bibi Bhaji Bhenji Baba Mamma
Aunt Amma Ammi Abba Hajji Hajja Sheikh Ustad DI DS DCI DSI Insp Inspector Constable PCSO Cpl Corporal Pte Lt Maj
Sgt Bro Br Sr Revd Ustaz Maulana Mufti Swami Giani Lama Rebbe Ate Kuya Lolo Lola Tita Tito Manang Manong Nanay
Tatay Didi Dai Bhaiya Bhaiyya Apu Chacha Chachi Mamu Khala Phupho Abuela Abuelo Nonna Nonno Babcia Dziadek Yiayia
Bubbe Zayde Sardar Sardarni Bhai Bhen Haji Hajjah`),
);

// Speaker-label words that name a role, not a person.
export const ROLE_LABELS = new Set(
  words(`interviewer participant facilitator volunteer speaker chair member all host researcher moderator carer peer
worker group narrator q a question answer everyone voice caller leader coordinator support nurse staff audience person
woman man mum dad child son daughter partner friend unknown unidentified other others student teacher parent
username user posted subject location handle title thread forum topic re date age post comment reply op
counsellor counselor therapist doctor gp psychiatrist psychologist social worker keyworker headteacher head teacher
minister vicar priest chaplain imam officer presenter host caller judge nan gran grandma grandad granddaughter
grandson grandchild sister brother wife husband mother father aunt auntie uncle cousin niece nephew interpreter
translator tutor coach manager boss mentor sponsor`),
);

// Relationship and role nouns after which a capitalised word is a person ("my mate Liam").
export const RELATION_NOUNS = new Set(
  words(`mate mates friend pal sister brother son daughter wife husband partner girlfriend boyfriend fiancé fiancee
mum mam dad nan gran granny grandad grandson granddaughter uncle aunt auntie cousin niece nephew sponsor worker
manager boss coach teacher tutor counsellor therapist nurse doctor psychiatrist neighbour lass lad fella bloke
supervisor colleague keyworker called named ex stepdad stepmum father mother grandfather grandmother landlord officer mentor visitor advocate girl boy
baby kid kids child bestie missus hubby bunkmate cellmate roommate flatmate housemate padre pastor vicar imam priest
midwife carer chef foreman gaffer man woman lady guy stepson stepdaughter stepbrother stepsister sis bro godmother godfather grandma grandpa twin fiance
landlady buddy inspector sergeant detective constable cpn consultant psychologist dietitian physio solicitor
lawyer chaplain interpreter caseworker surgeon paramedic lecturer headteacher warden governor guard driver`),
);

// Words that end the name of a place where care happens.
export const FACILITY_SUFFIXES = new Set(
  words(`Primary Secondary Juniors Infants Grammar Hospital Infirmary Surgery Clinic Practice Hospice Prison Unit Ward School Academy College University Centre
Center Sanatorium Asylum Home Diner Pharmacy Chemist Welfare Takeaway Restaurant Pub Inn Hostel Library Halls Manor
Lodge Foyer Shelter Refuge PICU Barracks Garrison`),
);

// Words that end the name of an organisation or group.
export const ORG_SUFFIXES = new Set(
  words(`Café Cafe Club Society Trust Network Collective Circle Hub Group Project Advice Drop-In Lodge Crew Association
Partnership Foundation Charity Services Service Forum Alliance Union RFC AFC FC Ltd Limited Foods Electrical Bakehouse Bakery Recovery
Fellowship Initiative Programme Alliance Council Cooperative Co-op Community Team Steps Sundays Mondays Circle House
Welcome Support Works Action Aid Mind Voices Brew Enterprises Industries Builders Motors Logistics Solutions Studio
Studios Gym Coffee Kitchen Bakery Garage Mission Church Chapel Mosque Temple Gurdwara Synagogue Lanterns Pressure
Writers Scribblers Poets Carers Farmers Seniors Stars Together Assembly Tabernacle Pentecostal Baptist Table
Seafoods Seafood Fisheries Processing Packing Haulage Transport Couriers Plumbing Roofing Scaffolding Joinery Cleaning
Barbers Blades Salon Nails Beauty Tattoo Takeaway Chippy Grill Pizza Kebabs Farms Nurseries Homes Carehome Friends
Befrienders Buddies Allies Academy Institute Associates Recruitment Staffing Agency Gamers Defenders Survivors
Band Sangat Rovers Colts Wanderers Harriers Athletic Runners Strollers Anglers Singers Players Ramblers Choir Chorus
Ensemble Orchestra Brass Silver Boxing ABC SOBS Growers Gardeners Shed Mandir Masjid Kirk Shul Homecare Healthcare
Books Freight Coldstore Police Constabulary CC Eagles Lions Tigers Hawks Falcons Panthers Sharks`),
);

// Words for a band of people that end a group's name: "the Tuesday Lot", "Thursday Crowd".
export const GROUP_NOUNS = new Set(
  words(`Lot Crowd Crew Gang Bunch Posse Squad Massive Brigade Tribe Lads Lasses Girls Ladies Gals Sisters Brothers
Warriors Survivors Walkers Ramblers Runners Choir Singers Players Allotments Shed Sheds Circle Collective Club Group`),
);

// Words that end a pub's name after "the": "the Red Lion", "the Miners Arms", "the Rose and Crown".
export const PUB_NOUNS = new Set(
  words(`Arms Inn Tavern Head Heads Lion Crown Anchor Bull Horse Hart Swan Oak Bell Bells Plough Wheatsheaf Vaults
Feathers Ship Globe Castle Railway Volunteer Eagle Fox Hounds Hound Duck Mitre Grapes Lamb Boar Stag Greyhound Cock
Angel Falcon Unicorn Dragon Tap Taps Brewery Tavern Hotel Lounge Bar Social Legion Institute Keys Oak Sun Moon
Harp Shamrock Thistle Rose Ram Bear Cross Arms Parrot Peacock Pheasant Sportsman Cricketers Navigation Junction`),
);

// Words that end the name of a shop, salon, takeaway or café: "Shear Bliss Hair", "Patel's News".
export const SHOP_NOUNS = new Set(
  words(`Salon Hair Hairdressers Barbers Barber Barbershop Nails Beauty Tanning Cuts Kebabs Kebab Pizza Pizzeria Chippy
Fisheries Chinese Noodle Noodles Balti Tandoori Spice Grill Express Diner Bistro Tearooms Tearoom Deli Launderette
Laundrette Bookies News Newsagents Newsagent Stores Store Mart Minimarket Supermarket Convenience Offy Florist
Florists Butchers Bakers Motors Tyres Autos Cleaners Vapes Tattoo Tattoos Ink Fitness Boxing Snooker Bingo Arcade
Takeaway Cafe Café Caff Coffee Kitchen Bakery Garage Gym Shop Boutique Emporium Pantry Plaice Fryer Wok Dragon
Lotus Sweets Fabrications Roofing Logistics Buses Coaches Taxis Cabs Builders Joinery Plumbing Electrics Scaffolding
Removals Haulage Transport Farm Farms Nursery Nurseries Fruit Foods Meats Fisheries Processing Supplies Antiques
Crafts Upholstery Carpets Flooring Glazing Interiors Repairs Valeting Lettings Undertakers Jewellers Opticians Dental
Kennels Cattery Greengrocers Fishmongers Tailors Cobblers Locksmiths Printers Stationers`),
);

// Shops, banks, bookmakers, lenders and employers with branches across Britain: each is an organisation
// a story names. Written as people write them; lowercase forms are matched when they are not English words.
export const CHAINS = new Set(
  `Tesco|Asda|Aldi|Lidl|Sainsbury's|Sainsburys|Morrisons|Waitrose|Co-op|Spar|Costcutter|Londis|Nisa|Budgens|Greggs|Boots|Superdrug|Primark|Argos|Currys|Poundland|Wilko|Matalan|Halfords|Wickes|Homebase|Screwfix|Toolstation|Ikea|IKEA|McDonald's|McDonalds|Maccies|Maccy's|KFC|Nando's|Nandos|Wetherspoons|Wetherspoon's|Costa|Starbucks|Pret|Domino's|Dominos|Deliveroo|Amazon|Tennent's|Tennents|Provident|Brighthouse|BrightHouse|Ladbrokes|Betfred|Betway|bet365|Bet365|SkyBet|Coral|PokerStars|Cashino|Specsavers|Selfridges|Debenhams|Wilkinsons|Farmfoods|Jollyes|Subway|Harvester|Travelodge|Asos|ASOS|Shein|Klarna|Airbus|Vodafone|Barclays|NatWest|Lloyds|HSBC|Santander|Nationwide|Monzo|Stagecoach|Arriva|Paddy Power|William Hill|Gala Bingo|Mecca Bingo|Grosvenor Casino|Cash Converters|Pets at Home|Travis Perkins|Sports Direct|TK Maxx|Home Bargains|Pizza Hut|Pizza Express|Burger King|Toby Carvery|Premier Inn|Marks and Spencer|Marks & Spencer|Royal Mail|Post Office`.split(
    '|',
  ),
);

// Capitalised words and phrases that name something every reader shares: never an identifier.
export const GENERIC_NAMES = new Set(
  `Universal Credit|Red Cross|Big Book|Higher Power|Twelve Steps|Twelve Traditions|Serenity Prayer|Lord's Prayer|Holy Spirit|Holy Ghost|Holy Communion|Our Father|Hail Mary|Job Centre|Jobcentre Plus|Job Centre Plus|Social Services|Child Protection|Crisis Team|Home Treatment Team|Community Mental Health Team|Mental Health Act|Mental Health|Home Office|Food Bank|Christmas Day|Christmas Eve|Boxing Day|New Year|New Year's Eve|New Year's Day|Mother's Day|Mothers Day|Father's Day|Fathers Day|Good Friday|Easter Sunday|Bank Holiday|Black Friday|Premier League|Champions League|World Cup|Prime Minister|Royal Navy|Royal Marines|British Army|Royal Air Force|Royal Mail|Royal Albert|Royal Family|Royal Legion|Royal British Legion|Royal Doulton|Salvation Army|Personal Independence Payment|Jobseeker's Allowance|Housing Benefit|Council Tax|Tax Credits|Child Benefit|Sure Start|Open University|Big Issue|Alcoholics Anonymous|Narcotics Anonymous|Gamblers Anonymous|Cocaine Anonymous|Crown Court|Magistrates Court|Magistrates' Court|High Court|Crown Prosecution Service|Probation Service|Care Quality Commission|Peer Support|Support Worker|Social Worker|Key Worker|Recovery College|Recovery Café|Recovery Cafe|Recovery Conversation Café|Recovery Conversation Cafe|Conversation Café|Conversation Cafe|Mental Health Awareness Week|Sober October|Dry January|Stoptober|Movember|Ramadan|First Step|Second Step|Third Step|Fourth Step|Fifth Step|Sixth Step|Seventh Step|Eighth Step|Ninth Step|Tenth Step|Eleventh Step|Twelfth Step|Third Step Prayer|Seventh Step Prayer|Eleventh Step Prayer|Preamble|How It Works|Just for Today|Promises|Twelve Promises|Four Noble Truths|First Truth|Second Truth|Third Truth|Fourth Truth|Eightfold Path|Al-Anon|Nar-Anon|Alateen|Families Anonymous|SMART Recovery|Celebrate Recovery|Recovery Dharma|Eurovision|Step One|Step Two|Step Three|Step Four|Step Five|Step Six|Step Seven|Step Eight|Step Nine|Step Ten|Step Eleven|Step Twelve|Middle East|Second World War|First World War|Lake District|Peak District|Yorkshire Dales|High Street|City Centre|Town Centre|Coronation Street|EastEnders|Match of the Day|Loose Women|Good Morning Britain|Love Island|Big Brother|Sky Sports|Sky News|Radio One|Radio Two|Radio Four|Old Trafford|Daily Express|Daily Mail|Big Man|Good Lord|Fellowship|Programme|Rooms|Universe|Almighty|Creator|Spirit|Light|Word|Bible|Department for Work and Pensions|Universal Credit journal|Bible|Quran|Koran|Torah|Internet|Government|Council|Police|Army|Navy|Forces|Church|Lord|Devil|Queen|King|Pope|Olympics|Euros|Tube|Underground|Metro|Web|Press|Media|Moon|Earth|World|Prophet|Assembly|Parliament|Commons|State|Senedd|Troubles|Blitz|Continent|Beast|Man|Boss|Big|Sabbath|Mass|Eucharist|Gospel|Scriptures|Creed|Rosary|Mosque|Temple|Chapel|Gurdwara|Synagogue|Prison|Hospital|Hostel|Ward|Unit|Clinic|Surgery|Practice|School|College|University|Library|Pub|Club|Group|Meeting|Centre|Hall|Estate|Project|Service|Team|Office|Court|Station|Home|House|Shop|Café|Cafe|Kitchen|Garden|Park|Beach|Sea|River|Canal|Bridge|Valleys|Fens|Potteries|Dales|Borders|Samaritans|Shelter|Mind|Crisis|Refuge|Relate|Calm|Scope|Sense`.split(
    '|',
  ),
);

// Verbs whose subject is a person ("Oksana came over", "then nadia texted me"), as written.
export const PERSON_VERB_FORMS = new Set(
  words(`said says told tells asked asks rang rings phoned phones called calls came comes texted texts messaged
replied answered shouted laughed laughs cried cries smiled smiles nodded sat sits stood walked walks drove drives looked
noticed showed shows taught teaches kept keeps gave gives took takes brought brings picked met meets married hugged
hugs prayed prays sang sings runs ran leads led helped helps works worked lives lived knew knows reckons reckoned
thinks thought wanted wants started moved went goes got gets made makes bought sent sends lent lends visited visits
translated cooked listened listens promised promises insisted insists swore swears shouted screamed whispered joked
argued fought kissed grabbed waited stayed left arrived died passed passes turned sorted drops dropped collected
collects introduced introduces invited invites offered offers explained explains reminded reminds warned warns
coached coaches trained trains mentored volunteers volunteered organised organises opened opens believed believes
understood understands loved loves hated hates missed misses wrote writes posted posts shared shares taught teaches
tried tries managed manages learned learnt refused refuses decided decides agreed agrees dragged drags carried
carries held holds saved saves found finds lost loses rescued did does`),
);

// Lemmas of verbs whose subject is a person, for words read by the language model.
export const PERSON_VERB_LEMMAS = new Set(
  words(`say tell ask ring phone call text message reply answer shout laugh cry smile nod hug pray sing lead teach
translate cook listen promise insist swear scream whisper joke argue fight kiss grab marry visit introduce invite offer
explain remind warn coach train mentor volunteer organise organize believe understand love hate miss write post share
greet welcome nurse support encourage persuade chat talk speak yell sob weep grin wink wave drive walk sit stand bring
give lend send buy sell sort collect drop pick meet rescue serve pour fix mend build paint dance sew knit bake clean
reckon think know want decide agree refuse manage try learn study graduate`),
);

// Nouns naming the social platforms and places where a handle or channel name is given.
export const HANDLE_CUES =
  /\b(?:gamertag|gamer tag|username|user name|handle|channel|screen ?name|tag|account|profile|psn|xbox|twitch|insta|instagram|tiktok|youtube|discord|steam|snapchat|snap|twitter|reddit|kick)(?: name)?(?:,| is| was| called| named| as|:)? $/i;

export const STREET_SUFFIXES = new Set(
  words(`Parkway Road Rd Street St Avenue Ave Lane Ln Drive Dr Close Crescent Cres Way Place Pl Terrace Gardens Court Ct Grove
Row Square Walk Mews Wynd Brae Vennel Parade Rise View Hill Park Green Vale Gate Boulevard Quay Estate Heights Fold
Croft Chase Wharf Mount Villas Cottages Buildings Flats Towers Loan Gait Meadows Approach Circus Dene Garth Leys
Lanes`),
);

// Words that open a street name in Welsh, Gaelic, Irish and French ("Heol y Felin", "Sràid na h-Eaglais").
export const STREET_PREFIXES = new Set(
  words(`Clos Heol Ffordd Stryd Lôn Lon Rhodfa Teras Cilgant Maes Llwybr Sgwâr Sràid Sraid Rathad Ceum Sráid Bóthar
Bothar Ascaill Lána Cearnóg Céide Rue`),
);

// Small words inside Welsh, Gaelic and Irish street names: articles, "of", "by", "under".
export const STREET_PARTICLES = new Set(
  words(`y yr ar na nan nam an a a' a’ 'n ’n dan ger is uwch wrth tan yn de du des la le`),
);

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

// Initials every reader in the UK shares (services, bodies, conditions, qualifications, big chains): after
// "at the" or "in the" any other initials name a local place, such as a hospital ("the BRI") or a college.
export const SHARED_ACRONYMS = new Set(
  words(`NHS GP GPs A&E ICU ITU HDU CCU AMU MAU UK US USA EU UN BBC ITV DWP PIP ESA JSA UC HMRC DVLA DBS MOT NMC GMC
HCPC CQC RCN TUC NUT IRA UDA UVF PSNI RUC SAS RAF RN MOD MoD TA YOT IDVA ISVA MARAC MAPPA CAMHS CMHT CRHTT HTT CPN CBT DBT
EMDR ADHD ADD ASD OCD PTSD CPTSD BPD EUPD MS ME IBS COPD HIV AIDS STI IVF CT MRI ECG ECT AA NA GA CA CoDA SMART TV
DJ MC PC PE RE IT DT GCSE GCSEs HND BTEC NVQ MSc BSc BA MA PhD UCAS NUS SU IKEA KFC B&Q M&S H&M JD EE BT LGBT
LGBTQ LGBTQIA BME BAME VAT ISA ATM PIN SIM PPE WHO OT SALT SENCO EHCP SEN CSE CCE DS DC DI CID CPS ONS OFSTED
Ofsted DfE FA FIFA UEFA NFL NBA WWE UFC PS5 PS4 GTA AI ID IVA CCJ CAB DLA PTA NCT HR MP MPs PM NI IOM`),
);
