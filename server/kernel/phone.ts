import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { setMobileNumberReader } from '../../contracts/common.js';

// Ofcom keeps 07700 900000–900999 for drama and examples: nobody holds them. libphonenumber-js
// calls them invalid; Cairn reads them as the mobiles they look like, so its examples ("like
// 07700 900123"), demo and tests work, and a text to one reaches nobody.
const OFCOM_EXAMPLE_MOBILES = /^\+447700900\d{3}$/;

/**
 * A number a text message can reach, in international form (+447911123456), or null: read by
 * libphonenumber-js with its metadata for mobile numbers, numbers without a country read as UK.
 * Only a number of a mobile range counts (or, where a country's numbering cannot tell, a number
 * that may be either, as in the United States), so a landline is never texted.
 */
export function readMobileNumber(raw: string): string | null {
  const phone = parsePhoneNumberFromString(raw.trim(), 'GB');
  if (!phone) return null;
  if (phone.isValid()) {
    const type = phone.getType();
    return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? phone.number : null;
  }
  return OFCOM_EXAMPLE_MOBILES.test(phone.number) ? phone.number : null;
}

// The shared contracts check numbers with this on the server; the web keeps its own small check.
setMobileNumberReader(readMobileNumber);
