// The interface's words, one catalogue per language (docs/decisions/0006-spanish.md). The
// language is the address's: "/es/..." is Spanish, every other path the default, English.
// A third language is a catalogue here and a line in the backend's settings.LANGUAGES.

export const DEFAULT_LOCALE = "en";

export const CATALOGUES = {
  en: {
    menu: "Menu",
    "menu.showPages": "show its pages",
    "exit.label": "Exit this page",
    "exit.hint": "or press Shift 3 times",
    "footer.safety": "Staying safe on this site",
    "footer.search": "Search",
    "crisis.more": "More help lines",
    "crisis.emergency": "Emergency",
    "crisis.line": "Crisis line",
    "crisis.whenYouCall": "When you call:",
    "language.name": "English",
    "language.missing": "This page is not in English yet: here is the English home page.",
    "error.notFound": "Page not found",
    "error.notLoaded": "This page did not load",
    "page.loaded": "page loaded",
    "notFound.text": "We could not find that page. It may have moved.",
    "notFound.home": "Go to the home page",
    "notFound.orSearch": "or search:",
    "search.label": "Search this site",
    "search.button": "Search",
    "help.now": "Need help now?",
  },
  es: {
    menu: "Menú",
    "menu.showPages": "ver sus páginas",
    "exit.label": "Salir de esta página",
    "exit.hint": "o pulse Mayús 3 veces",
    "footer.safety": "Cómo usar este sitio con seguridad",
    "footer.search": "Buscar",
    "crisis.more": "Más líneas",
    "crisis.emergency": "Emergencias",
    "crisis.line": "Línea de crisis",
    "crisis.whenYouCall": "Al llamar:",
    "language.name": "Español",
    "language.missing":
      "Esta página aún no está en español: le llevamos a la página de inicio en español.",
    "error.notFound": "Página no encontrada",
    "error.notLoaded": "Esta página no se cargó",
    "page.loaded": "página cargada",
    "notFound.text": "No encontramos esa página. Es posible que se haya movido.",
    "notFound.home": "Ir a la página de inicio",
    "notFound.orSearch": "o buscar:",
    "search.label": "Buscar en este sitio",
    "search.button": "Buscar",
    "help.now": "¿Necesita ayuda ahora?",
  },
};

/** The language of a path on the site: "es" for "/es/..." , else the default. */
export function localeOf(pathname) {
  for (const code of Object.keys(CATALOGUES)) {
    if (code !== DEFAULT_LOCALE && (pathname === `/${code}` || pathname.startsWith(`/${code}/`))) {
      return code;
    }
  }
  return DEFAULT_LOCALE;
}

/** The interface's word for `key` in `locale`, else in English, else the key itself. */
export function t(locale, key) {
  return CATALOGUES[locale]?.[key] ?? CATALOGUES[DEFAULT_LOCALE][key] ?? key;
}

/**
 * Where the language switch leads from a page: for each other language of the site, the
 * page's translation, else that language's home with a note saying so.
 * `languages`: the shell's {language: home path}; `translations`: the page's {language: path}.
 */
export function languageLinks(locale, languages = {}, translations = {}) {
  return Object.entries(languages)
    .filter(([code]) => code !== locale)
    .map(([code, home]) => ({
      code,
      name: t(code, "language.name"),
      href: translations[code] || home,
      missing: !translations[code],
    }));
}
