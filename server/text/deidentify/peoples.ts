// Words for a nation, a people, a language or a faith, said before what belongs to them: "the Polish shop",
// "the Somali lads", "the Thai restaurant", "the Islamic funeral plan". A fixed list, sorted, rather than a
// guess from how a word ends, because names of places and families end the same way ("the Caledonian",
// "the Majestic", "the Rossi café", "the Jovanovic gym").
export const PEOPLES_WORDS: ReadonlySet<string> = new Set(
  `
Afghan Afghani African Afrikaner Akan Albanian Algerian American Amhara Amharic Andorran Anglican Angolan
Antiguan Arab Arabic Argentine Argentinian Armenian Ashanti Asian Assyrian Australian Austrian Azerbaijani
Azeri Bahamian Bahraini Bajan Balochi Baluchi Bangladeshi Bantu Baptist Barbadian Basque Belarusian Belgian
Belizean Bemba Bengali Beninese Berber Bermudian Bhutanese Bolivian Bosnian Botswanan Brazilian Breton
British Bruneian Buddhist Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Cantonese
Caribbean Catalan Catholic Chadian Chechen Chilean Chinese Christian Colombian Comorian Congolese Coptic Cornish
Corsican Croat Croatian Cuban Cymraeg Cypriot Czech Dane Danish Darfuri Dari Dinka Djiboutian Dominican
Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Evangelical Ewe Faroese Farsi Fijian
Filipina Filipino Finnish Flemish French Fula Fulani Gabonese Gaelic Gambian Georgian German Ghanaian
Greek Grenadian Guatemalan Guinean Gujarati Guyanese Gypsy Haitian Hakka Hausa Hazara Hebrew Hindi Hindu
Hispanic Hmong Honduran Hungarian Ibo Icelandic Igbo Indian Indonesian Iranian Iraqi Irish Islamic Israeli
Italian Ivorian Jain Jamaican Japanese Jewish Jordanian Kashmiri Kazakh Kenyan Khmer Kikuyu Kittitian
Korean Kosovan Kosovar Krio Kurd Kurdish Kuwaiti Kyrgyz Lao Laotian Latina Latino Latvian Lebanese Liberian
Libyan Lingala Lithuanian Luo Luxembourgish Macedonian Malagasy Malawian Malay Malaysian Maldivian Malian
Maltese Mandarin Manx Maori Marathi Mauritanian Mauritian Methodist Mexican Mirpuri Moldovan Mongolian
Montenegrin Moroccan Mozambican Muslim Namibian Ndebele Nepalese Nepali Nicaraguan Nigerian Nigerien
Norwegian Nuer Omani Oromo Orthodox Pakistani Palestinian Panamanian Papuan Paraguayan Pashto Pashtun
Pentecostal Persian Peruvian Polish Portuguese Protestant Punjabi Qatari Quaker Rastafarian Roma Romani
Romanian Russian Rwandan Salvadoran Samoan Saudi Scandinavian Scots Scottish Senegalese Serb Serbian
Seychellois Shona Sikh Sindhi Sinhala Sinhalese Slovak Slovakian Slovenian Somali Somalian Somalilander
Sotho Spanish Sudanese Sufi Surinamese Swahili Swazi Swede Swedish Swiss Sylheti Syrian Taiwanese Tajik
Tamil Tanzanian Telugu Thai Tibetan Tigrayan Tigrinya Timorese Tobagonian Togolese Tongan Traveller
Travellers Trinidadian Tunisian Turk Turkish Turkmen Twi Ugandan Uighur Ukrainian Urdu Uruguayan Uyghur
Uzbek Venezuelan Vietnamese Vincentian Welsh Wolof Xhosa Yemeni Yoruba Zambian Zimbabwean Zulu
`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
