// Word lists and patterns shared by the people finders.
import { NICKNAME_WORDS } from '../lexicons.js';

// a capitalised word comes next: the name goes on, or a street's name does
export const SPACE_THEN_CAPITAL = /^ \p{Lu}/u;
// informal spellings without apostrophes that must not be read as lowercase names
export const INFORMAL = new Set(
  'fella fellas bloke lass lad ive im id ill dont cant wont didnt doesnt isnt wasnt werent thats whats youre theyre hes shes lol omg gonna wanna gotta dunno aint yall cos coz tho nah ya yer ur bestie bae hun babe babes fam bruv bro sis mam nan tbh tbf ngl idk imo imho smh brb ttyl btw fyi nvm ikr irl omw jk cya afaik ffs wtf gr8 m8 alreet reet cuz innit kinda sorta yeah yep nope aye ken dinnae cannae wouldnae couldnae didnae isnae wasnae naw nae och ach oi wot wat xx xxx lmao lmfao rofl haha hahaha pls plz thx np tmrw tmr tonite msg msgs txt txts meds rehab detox subutex bupe spice mamba ket coke uni charlie weed skunk smack gear sesh bevvy bevvies lads lasses hiya ta howay wey mint proper summat owt nowt nuffin nothin somethin ur youse unuh yuh salam fae tae naebody nane oot aboot awfy hame heid wean weans bairn bairns maw telt morra wis wur oor disnae hink mibbe lassie laddie boyo bach cwtch butt tidy lush mun duw iawn'.split(
    ' ',
  ),
);
// "big", "wee", "lanky" typed in lowercase before a name
export const NICKNAME_WORDS_LOWER = new Set([...NICKNAME_WORDS].map((w) => w.toLowerCase()));
// after these a word is a thing, not a person: "the gurdwara", "my nain", "on telly"
export const DETERMINERS = new Set(
  'the a an my your his her their this that these those some any no every on about in at to from into onto of for by over under through'.split(
    ' ',
  ),
);
