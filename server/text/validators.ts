// Validators for UK identifiers (formats from the NHS, HMRC and Royal Mail rules).

/** NHS number: ten digits, modulus-11 check digit; all-same-digit strings (e.g. 0000000000) are rejected. */
export function isValidNhsNumber(input: string): boolean {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

// Outward code shapes A9, A99, A9A, AA9, AA99, AA9A with Royal Mail's letter rules, then the inward code.
const POSTCODE_RE =
  /^(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)) ?\d[ABD-HJLNP-UW-Z]{2})$/;

/** UK postcode in any of the six shapes (or GIR 0AA), with or without the space, any case. */
export function isValidPostcode(input: string): boolean {
  return POSTCODE_RE.test(input.trim().toUpperCase());
}

const NI_RE = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/;
const NI_BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** National Insurance number: two prefix letters (HMRC's allowed set), six digits, suffix A–D. */
export function isValidNiNumber(input: string): boolean {
  const s = input.trim().toUpperCase();
  const m = NI_RE.exec(s);
  if (!m) return false;
  return !NI_BAD_PREFIXES.has(`${m[1] ?? ''}${m[2] ?? ''}`);
}

/** Any NI-shaped string, prefix rules aside (example numbers such as QQ 12 34 56 C still identify a form). */
export function looksLikeNiNumber(input: string): boolean {
  return /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(input.trim().toUpperCase());
}

/** UK phone number given as digits (spaces, dashes, brackets and +44/0044 allowed). */
export function isUkPhoneNumber(input: string): boolean {
  let d = input.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (d.startsWith('+44')) d = `0${d.slice(3)}`;
  else if (d.startsWith('0044')) d = `0${d.slice(4)}`;
  else if (d.startsWith('44') && d.length === 12) d = `0${d.slice(2)}`;
  if (!/^0\d+$/.test(d)) return false;
  if (d.startsWith('07') || d.startsWith('02') || d.startsWith('03') || d.startsWith('05'))
    return d.length === 11;
  if (d.startsWith('01')) return d.length === 11 || d.length === 10;
  if (d.startsWith('08') || d.startsWith('09')) return d.length === 11 || d.length === 10;
  return false;
}
