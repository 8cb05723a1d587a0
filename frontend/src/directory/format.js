import { intlTag } from "../lib/i18n.js";

// Building an Intl formatter is slow on a cheap phone: each kind is made once and kept.
const formatters = new Map();

/** `date` (a Date or ISO string) in words, as the clocks of `zone` show it, in `locale`'s
 * words ("en", "es"). */
export function format(date, zone, options, locale = "en") {
  const key = `${locale} ${zone} ${JSON.stringify(options)}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone: zone }));
  }
  return formatters.get(key).format(new Date(date));
}
