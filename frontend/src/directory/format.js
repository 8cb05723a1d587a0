// Building an Intl formatter is slow on a cheap phone: each kind is made once and kept.
const formatters = new Map();

/** `date` (a Date or ISO string) in words, as the clocks of `zone` show it. */
export function format(date, zone, options) {
  const key = `${zone} ${JSON.stringify(options)}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone }));
  }
  return formatters.get(key).format(new Date(date));
}
