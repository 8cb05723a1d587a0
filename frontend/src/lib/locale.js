// A page's language, which is its address's ("/es/..." is Spanish, every other path the
// default, English), and the addresses of the front end's own pages in each language. No
// words here: the service worker takes this module without the catalogues (lib/i18n.js).

export const DEFAULT_LOCALE = "en";
// Every language of the interface: each has a catalogue in lib/i18n.js.
export const LOCALES = ["en", "es"];

/** The language of a path on the site: "es" for "/es/..." , else the default. */
export function localeOf(pathname) {
  for (const code of LOCALES) {
    if (code !== DEFAULT_LOCALE && (pathname === `/${code}` || pathname.startsWith(`/${code}/`))) {
      return code;
    }
  }
  return DEFAULT_LOCALE;
}

// The tag Intl formats times and dates with, per language: both sites are in the US.
const INTL_TAGS = { en: "en-US", es: "es-US" };

/** The Intl locale for a catalogue's language ("es" → "es-US"). */
export function intlTag(locale) {
  return INTL_TAGS[locale] || locale;
}

// The front end's own pages, at their address in each language (the backend's
// website/entry.py LOCAL_PAGES answers the same addresses).
export const LOCAL_PATHS = {
  safety: { en: "/safety/", es: "/es/seguridad/" },
  search: { en: "/search/", es: "/es/buscar/" },
  report: { en: "/report-a-problem/", es: "/es/informar-de-un-problema/" },
};

/** The address of one of the front end's own pages (`name`: safety, search, report) in `locale`. */
export function localPath(locale, name) {
  const paths = LOCAL_PATHS[name];
  return paths[locale] || paths[DEFAULT_LOCALE];
}

/** The front end's own page at `pathname` in every language, {language: path}; {} for another
 * address. */
export function localTranslations(pathname) {
  return Object.values(LOCAL_PATHS).find((paths) => Object.values(paths).includes(pathname)) || {};
}
