// The saved-copy notice, per language: the only words the service worker says itself. The
// catalogues (lib/i18n.js, "offline.saved") take them from here.
export const SAVED_COPY = {
  en: "Saved copy from {when} — you are offline",
  es: "Copia guardada del {when}: no tiene conexión",
};
