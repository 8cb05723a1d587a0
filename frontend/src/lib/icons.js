import { raw } from "./html.js";

// Small line icons for strategy cards, drawn inline: no icon font, no request.
const PATHS = {
  syringe: "M18 2l4 4M17 3l4 4-11 11H6v-4L17 3zM7 17l-5 5M14 6l4 4M11 9l2 2",
  pill: "M10.5 20.5a5 5 0 0 1-7-7l10-10a5 5 0 0 1 7 7l-10 10zM8.5 8.5l7 7",
  house: "M3 11l9-8 9 8M5 10v10h14V10M10 20v-6h4v6",
  heart: "M12 21s-8-4.9-8-11a4.6 4.6 0 0 1 8-3 4.6 4.6 0 0 1 8 3c0 6.1-8 11-8 11z",
  naloxone: "M9 2h6v4H9zM7 6h10v15H7zM12 10v7M8.5 13.5h7",
  "test-strip": "M9 2h6v20H9zM9 8h6M9 12h6M9 16h6",
  megaphone: "M3 10v4h4l8 5V5L7 10H3zM19 9a4 4 0 0 1 0 6",
  chat: "M4 4h16v12H8l-4 4V4zM8 9h8M8 12h5",
};

export function icon(name) {
  const path = PATHS[name] || PATHS.heart;
  return raw(
    `<svg class="card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${path}"/></svg>`,
  );
}
