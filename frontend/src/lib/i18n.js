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
    "dir.placesIn": "Places in {city}",
    "dir.searchEvery": "Search every place",
    "dir.filter": "Filter",
    "dir.where": "Where",
    "dir.everyCity": "Every city",
    "dir.words": "Words in a place's name or what it offers",
    "dir.search": "Search",
    "dir.need": "What do you need?",
    "dir.needNote": "Places offering any of the kinds of help you tick.",
    "dir.onlyShow": "Only show places that are",
    "dir.openNow": "Open now",
    "dir.free": "Free",
    "dir.walkInOnly": "Walk in, no appointment",
    "dir.spanish": "Spanish spoken",
    "dir.planning": "Planning ahead? Open on",
    "dir.anyTime": "Any time",
    "dir.missouriTime": "Missouri time. Shows places open then, with their hours at that time.",
    "dir.nearMe": "Sort by distance from me",
    "dir.nearNote": "Your phone asks first; we round your location to about 1 km and keep nothing.",
    "dir.showMap": "Show on a map",
    "dir.showPlaces": "Show places",
    "dir.loading": "Loading places…",
    "dir.notUnderstood":
      "Part of this page's address was not understood: {problems}. The places below are not filtered by it.",
    "dir.unknownType": "“{slug}” is not one of the kinds of help below",
    "dir.badTime": "“{value}” is not a date and time this page can read",
    "dir.morePlaces": "More places",
    "dir.moreToSee": "{n} more to see",
    "dir.place": "place",
    "dir.places": "places",
    "dir.openAt": "open {when}",
    "dir.noMatch": "No listings match. Try fewer filters, or see",
    "dir.byPhone": "help by phone and online",
    "dir.notLoaded": "The listings did not load.",
    "dir.notAPage": "That is not a page of these places: they are numbered from 1",
    "dir.firstPage": "See the first page of places",
    "card.from": "From {org}",
    "card.free": "Free",
    "card.kmAway": "{km} km away",
    "card.walkIn": "Walk in",
    "card.appointment": "By appointment",
    "card.callOrText": "Call or text",
    "card.call": "Call",
    "card.text": "Text",
    "card.byCall": "Call",
    "contact.visit": "Visit",
    "card.byText": "Text",
    "card.online": "Online",
    "card.directions": "Directions",
    "card.directionsTo": "to {place}",
    "card.hours": "Opening hours",
    "card.report": "Report a problem with this listing",
    "card.notChecked": "Not yet checked by our team — call ahead.",
    "card.today": "today",
    "card.yesterday": "yesterday",
    "card.daysAgo": "{n} days ago",
    "card.checked": "Last checked {when} ({date})",
    "card.stale": " — details may have changed, call ahead",
    "share.text": "Text this",
    "share.copy": "Copy",
    "share.copied": "Copied",
    "share.copyFailed": "Copy failed",
    "share.share": "Share",
    "share.today": "Today: {hours}",
    "status.open": "Open · closes {when}",
    "status.closed": "Closed · opens {when}",
    "status.allDay": "Open 24 hours",
    "status.closedForNow": "Closed for now",
    "status.noHours": "Closed · no opening hours listed",
    "hours.closed": "Closed",
    "hours.walkIn": ", walk in",
    "hours.appointment": ", by appointment",
    "hours.zone": "Times are {zone}.",
    "hours.eastern": "Eastern time",
    "hours.mountain": "Mountain time",
    "hours.midnight": "midnight",
    "hours.noon": "noon",
    "hours.am": "AM",
    "hours.pm": "PM",
    "hours.none": "No opening hours are listed.",
    "hours.closedOn": "Closed {when}",
    "hours.specialOn": "Special hours {when}: {times}",
    "hours.until": "until {date}",
    "days.1": "Monday",
    "days.2": "Tuesday",
    "days.3": "Wednesday",
    "days.4": "Thursday",
    "days.5": "Friday",
    "days.6": "Saturday",
    "days.7": "Sunday",
    "report.what": "What is wrong?",
    "report.wrong_hours": "Wrong opening hours",
    "report.wrong_phone": "Wrong phone number",
    "report.wrong_address": "Wrong address",
    "report.closed_permanently": "Closed for good",
    "report.service_not_offered": "Service not offered there",
    "report.other": "Something else",
    "report.say": "What should it say?",
    "report.sayHint": "(needed for “Something else”)",
    "report.reach": "How can we reach you?",
    "report.reachHint": "(optional — leave it empty to stay anonymous)",
    "report.trap": "Leave this empty",
    "report.send": "Send report",
    "report.cancel": "Cancel",
    "report.thanks": "Thank you. An editor will check this listing.",
    "report.notSent": "The report was not sent. Try again.",
    "report.offline": "The report was not sent: check your connection and try again.",
    "report.notFound": "We could not find that listing. It may have been removed.",
    "report.findAnother": "Find another place",
    "report.about": "About:",
    "local.safety.title": "Staying safe on this site",
    "local.safety.description":
      "How to leave this site at once, keep it out of your browser's history and browse privately, and what the site keeps about you: no cookies, no analytics.",
    "local.search.title": "Search",
    "local.report.title": "Report a problem with a listing",
    "safety.intro": "If someone might check your phone or computer, these steps help.",
    "safety.leave": "Leave quickly",
    "safety.leave1":
      "The “{exit}” button at the top of every page takes you to a weather site at once. When your browser runs this site's scripts (most do), pressing the Shift key three times does the same, and the page you were reading is taken out of this tab's history, so Back does not bring it up.",
    "safety.leave2":
      "If scripts are turned off (some privacy settings do this), the button is a plain link: this site's pages stay in the tab's history and Back brings them up again. Close the tab as well, or use a private window.",
    "safety.scriptsOff": "Scripts are off in this browser now:",
    "safety.scriptsOffText":
      "after “{exit}”, close this tab too, because Back would bring this page up again.",
    "safety.history": "Browser history",
    "safety.historyText":
      "Browsers remember the pages you visit. Pages you read here before pressing exit can still be in the history list. You can delete them in your browser's history settings, or delete only this site's entries.",
    "safety.private": "Private browsing",
    "safety.privateText":
      "A private (incognito) window keeps no history, cookies or form entries after you close it. It does not hide your visit from your internet provider or from someone who sees your screen.",
    "safety.keeps": "What this site keeps",
    "safety.keepsText":
      "This site sets no cookies, uses no analytics and loads nothing from other companies. A video loads from its host only if you choose to play it.",
    "safety.phone": "What this phone keeps",
    "safety.phoneNothing": "This site saves nothing on your phone for reading offline.",
    "safety.phone1":
      "So that help still opens when the signal drops, your phone keeps a copy of the last pages you read here (at most 30, each for 7 days), the site's own files and a page with the crisis lines and what to do in an overdose. These stay in this browser, on this phone: they are not sent anywhere. Searches, “near me” results, problem reports and anything you type are never kept.",
    "safety.phone2":
      "Someone who uses this phone could open those saved pages. The “Exit this page” button deletes them as it leaves. You can also delete them here, at any time.",
    "safety.forget": "Forget this site on this phone",
    "safety.forgotten":
      "Done: this phone keeps nothing of this site now. Pages you open next are saved again; press the button again before you leave, or use the exit button.",
    "safety.noscriptPhone":
      "With JavaScript off this site saves nothing on your phone. To delete what it saved before, clear this site's data in your browser's settings.",
    "search.intro": "Find a page or a place on this site by a word on it.",
    "search.place": "Place",
    "search.failed": "Search failed.",
    "search.nothing": "Nothing found. Try another word.",
    "search.page": "page",
    "search.pages": "pages",
    "search.and": " and ",
    "search.found": "Found {what}.",
    "search.pagesHeading": "Pages",
    "search.placesHeading": "Places",
    "reportPage.intro": "Tell us what is wrong, and an editor will check it.",
    "reportPage.back": "Back to the page you were on",
    "offline.saved": "Saved copy from {when} — you are offline",
    "loadError.text": "Your connection may be weak, or our server is busy.",
    "loadError.retry": "Try again",
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
    "dir.placesIn": "Lugares en {city}",
    "dir.searchEvery": "Buscar en todos los lugares",
    "dir.filter": "Filtrar",
    "dir.where": "Dónde",
    "dir.everyCity": "Todas las ciudades",
    "dir.words": "Palabras del nombre de un lugar o de lo que ofrece",
    "dir.search": "Buscar",
    "dir.need": "¿Qué necesita?",
    "dir.needNote": "Lugares que ofrecen cualquiera de las ayudas que marque.",
    "dir.onlyShow": "Mostrar solo lugares que",
    "dir.openNow": "Están abiertos ahora",
    "dir.free": "Son gratis",
    "dir.walkInOnly": "Atienden sin cita",
    "dir.spanish": "Hablan español",
    "dir.planning": "¿Lo planea con tiempo? Abierto el",
    "dir.anyTime": "Cualquier hora",
    "dir.missouriTime":
      "Hora de Misuri. Muestra los lugares abiertos en ese momento, con su horario de entonces.",
    "dir.nearMe": "Ordenar por distancia desde donde estoy",
    "dir.nearNote":
      "Su teléfono le pregunta primero; redondeamos su ubicación a cerca de 1 km y no guardamos nada.",
    "dir.showMap": "Ver en un mapa",
    "dir.showPlaces": "Mostrar lugares",
    "dir.loading": "Cargando lugares…",
    "dir.notUnderstood":
      "No entendimos parte de la dirección de esta página: {problems}. Los lugares de abajo no se filtran por eso.",
    "dir.unknownType": "“{slug}” no es uno de los tipos de ayuda de abajo",
    "dir.badTime": "“{value}” no es una fecha y hora que esta página pueda leer",
    "dir.morePlaces": "Más lugares",
    "dir.moreToSee": "{n} más por ver",
    "dir.place": "lugar",
    "dir.places": "lugares",
    "dir.openAt": "abiertos {when}",
    "dir.noMatch": "Ningún lugar coincide. Pruebe con menos filtros, o vea",
    "dir.byPhone": "ayuda por teléfono y en línea",
    "dir.notLoaded": "Los lugares no se cargaron.",
    "dir.notAPage": "Esa no es una página de estos lugares: se numeran desde 1",
    "dir.firstPage": "Ver la primera página de lugares",
    "card.from": "De {org}",
    "card.free": "Gratis",
    "card.kmAway": "a {km} km",
    "card.walkIn": "Sin cita",
    "card.appointment": "Con cita",
    "card.callOrText": "Llamada o mensaje de texto",
    "card.call": "Llamar al",
    "card.text": "Mensaje de texto al",
    "card.byCall": "Por teléfono",
    "contact.visit": "Visitar",
    "card.byText": "Por mensaje de texto",
    "card.online": "En línea",
    "card.directions": "Cómo llegar",
    "card.directionsTo": "a {place}",
    "card.hours": "Horario",
    "card.report": "Informar de un problema con este lugar",
    "card.notChecked": "Nuestro equipo aún no lo ha comprobado: llame antes de ir.",
    "card.today": "hoy",
    "card.yesterday": "ayer",
    "card.daysAgo": "hace {n} días",
    "card.checked": "Comprobado por última vez {when} ({date})",
    "card.stale": " — los datos pueden haber cambiado, llame antes de ir",
    "share.text": "Enviar por mensaje",
    "share.copy": "Copiar",
    "share.copied": "Copiado",
    "share.copyFailed": "No se pudo copiar",
    "share.share": "Compartir",
    "share.today": "Hoy: {hours}",
    "status.open": "Abierto · cierra {when}",
    "status.closed": "Cerrado · abre {when}",
    "status.allDay": "Abierto las 24 horas",
    "status.closedForNow": "Cerrado por ahora",
    "status.noHours": "Cerrado · no hay horario",
    "hours.closed": "Cerrado",
    "hours.walkIn": ", sin cita",
    "hours.appointment": ", con cita",
    "hours.zone": "Horas en {zone}.",
    "hours.eastern": "hora del este",
    "hours.mountain": "hora de la montaña",
    "hours.midnight": "medianoche",
    "hours.noon": "mediodía",
    "hours.am": "a.m.",
    "hours.pm": "p.m.",
    "hours.none": "No hay horario.",
    "hours.closedOn": "Cerrado {when}",
    "hours.specialOn": "Horario especial {when}: {times}",
    "hours.until": "hasta el {date}",
    "days.1": "Lunes",
    "days.2": "Martes",
    "days.3": "Miércoles",
    "days.4": "Jueves",
    "days.5": "Viernes",
    "days.6": "Sábado",
    "days.7": "Domingo",
    "report.what": "¿Qué está mal?",
    "report.wrong_hours": "El horario está mal",
    "report.wrong_phone": "El teléfono está mal",
    "report.wrong_address": "La dirección está mal",
    "report.closed_permanently": "Cerró para siempre",
    "report.service_not_offered": "Allí no ofrecen ese servicio",
    "report.other": "Otra cosa",
    "report.say": "¿Qué debería decir?",
    "report.sayHint": "(necesario para “Otra cosa”)",
    "report.reach": "¿Cómo podemos contactarle?",
    "report.reachHint": "(opcional: déjelo vacío para seguir en el anonimato)",
    "report.trap": "Deje esto vacío",
    "report.send": "Enviar informe",
    "report.cancel": "Cancelar",
    "report.thanks": "Gracias. Una persona del equipo revisará este lugar.",
    "report.notSent": "El informe no se envió. Inténtelo de nuevo.",
    "report.offline": "El informe no se envió: revise su conexión e inténtelo de nuevo.",
    "report.notFound": "No encontramos ese lugar. Es posible que se haya quitado.",
    "report.findAnother": "Buscar otro lugar",
    "report.about": "Sobre:",
    "local.safety.title": "Cómo usar este sitio con seguridad",
    "local.safety.description":
      "Cómo salir de este sitio al instante, sacarlo del historial del navegador y navegar en privado, y qué guarda el sitio sobre usted: ni cookies ni estadísticas.",
    "local.search.title": "Buscar",
    "local.report.title": "Informar de un problema con un lugar",
    "safety.intro":
      "Si alguien podría revisar su teléfono o su computadora, estos pasos le ayudan.",
    "safety.leave": "Salir rápido",
    "safety.leave1":
      "El botón “{exit}”, arriba en cada página, le lleva enseguida a un sitio del tiempo. Si su navegador ejecuta los scripts de este sitio (casi todos lo hacen), pulsar la tecla Mayús tres veces hace lo mismo, y la página que leía sale del historial de esta pestaña: el botón Atrás no la vuelve a mostrar.",
    "safety.leave2":
      "Si los scripts están desactivados (algunas opciones de privacidad lo hacen), el botón es un enlace simple: las páginas de este sitio quedan en el historial de la pestaña y Atrás las vuelve a mostrar. Cierre también la pestaña, o use una ventana privada.",
    "safety.scriptsOff": "Los scripts están desactivados ahora en este navegador:",
    "safety.scriptsOffText":
      "después de “{exit}”, cierre también esta pestaña, porque Atrás volvería a mostrar esta página.",
    "safety.history": "Historial del navegador",
    "safety.historyText":
      "Los navegadores recuerdan las páginas que visita. Las páginas que leyó aquí antes de salir pueden seguir en el historial. Puede borrarlas en la configuración del historial de su navegador, o borrar solo las de este sitio.",
    "safety.private": "Navegación privada",
    "safety.privateText":
      "Una ventana privada (de incógnito) no guarda historial, cookies ni lo que escribe en formularios después de cerrarla. No oculta su visita a su proveedor de internet ni a alguien que vea su pantalla.",
    "safety.keeps": "Qué guarda este sitio",
    "safety.keepsText":
      "Este sitio no usa cookies ni estadísticas de visitas, y no carga nada de otras empresas. Un video se carga desde su sitio solo si usted decide verlo.",
    "safety.phone": "Qué guarda este teléfono",
    "safety.phoneNothing": "Este sitio no guarda nada en su teléfono para leer sin conexión.",
    "safety.phone1":
      "Para que la ayuda se abra aunque se pierda la señal, su teléfono guarda una copia de las últimas páginas que leyó aquí (30 como máximo, cada una por 7 días), los archivos del sitio y una página con las líneas de crisis y qué hacer en una sobredosis. Todo queda en este navegador, en este teléfono: no se envía a ninguna parte. Las búsquedas, los resultados “cerca de mí”, los informes de problemas y lo que usted escribe nunca se guardan.",
    "safety.phone2":
      "Alguien que use este teléfono podría abrir esas páginas guardadas. El botón “Salir de esta página” las borra al salir. También puede borrarlas aquí, cuando quiera.",
    "safety.forget": "Olvidar este sitio en este teléfono",
    "safety.forgotten":
      "Listo: este teléfono ya no guarda nada de este sitio. Las páginas que abra a continuación se guardan de nuevo; pulse otra vez el botón antes de irse, o use el botón de salir.",
    "safety.noscriptPhone":
      "Con JavaScript desactivado, este sitio no guarda nada en su teléfono. Para borrar lo que guardó antes, borre los datos de este sitio en la configuración de su navegador.",
    "search.intro": "Encuentre una página o un lugar de este sitio por una palabra.",
    "search.place": "Lugar",
    "search.failed": "La búsqueda no funcionó.",
    "search.nothing": "No encontramos nada. Pruebe con otra palabra.",
    "search.page": "página",
    "search.pages": "páginas",
    "search.and": " y ",
    "search.found": "Encontramos {what}.",
    "search.pagesHeading": "Páginas",
    "search.placesHeading": "Lugares",
    "reportPage.intro": "Díganos qué está mal, y una persona del equipo lo revisará.",
    "reportPage.back": "Volver a la página en la que estaba",
    "offline.saved": "Copia guardada del {when}: no tiene conexión",
    "loadError.text": "Puede que su conexión sea débil o que nuestro servidor esté ocupado.",
    "loadError.retry": "Intentar de nuevo",
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

/**
 * The interface's word for `key` in `locale`, else in English, else the key itself; `{name}`
 * in it is replaced by `values.name`.
 */
export function t(locale, key, values) {
  const text = CATALOGUES[locale]?.[key] ?? CATALOGUES[DEFAULT_LOCALE][key] ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (all, name) => String(values[name] ?? all)) : text;
}

/** The language of the page on screen (or, on the server, of the address being drawn: the
 * server sets `location` to it), for renderers called without one. */
export function pageLocale() {
  return localeOf(globalThis.location?.pathname || "/");
}

// The tag Intl formats times and dates with, per language: both sites are in the US.
const INTL_TAGS = { en: "en-US", es: "es-US" };

/** The Intl locale for a catalogue's language ("es" → "es-US"). */
export function intlTag(locale) {
  return INTL_TAGS[locale] || locale;
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
