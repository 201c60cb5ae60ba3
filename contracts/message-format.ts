import type { FormatOptions } from 'icu-minify/format';

// One set of Intl formatters per set of options, kept: building an Intl formatter costs far more than
// using one, and a page or a request formats many messages with the same few.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  args: unknown[],
  make: () => T,
): T {
  const key = `${kind}:${JSON.stringify(args)}`;
  let found = formatters.get(key);
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found as T;
}

/** How catalogue messages are formatted, the same in the web app and on the server. */
export const MESSAGE_FORMAT_OPTIONS: FormatOptions = {
  // Dates and times are told as people in the UK live them, whatever the server's or phone's own zone.
  timeZone: 'Europe/London',
  formatters: {
    getNumberFormat: (...args) => cached('number', args, () => new Intl.NumberFormat(...args)),
    getDateTimeFormat: (...args) => cached('date', args, () => new Intl.DateTimeFormat(...args)),
    getPluralRules: (...args) => cached('plural', args, () => new Intl.PluralRules(...args)),
  },
};
