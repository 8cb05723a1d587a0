// A listing's week of opening hours as a small table, in plain words.
import { html } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";

// A span's attendance in words; help by phone or online ("remote") needs none: its hours are
// when it answers.
const ATTENDANCE = { walk_in: "hours.walkIn", appointment: "hours.appointment" };
const ZONE_NAMES = { "America/New_York": "hours.eastern", "America/Denver": "hours.mountain" };
const WEEK = [1, 2, 3, 4, 5, 6, 7];

/** "09:30" → "9:30 AM" ("9:30 a.m."), "24:00" → "midnight" ("medianoche"): plain words, no
 * date library needed. */
export function clockWords(hhmm, locale = pageLocale()) {
  const [hours, minutes] = hhmm.split(":").map(Number);
  if (hours % 24 === 0 && minutes === 0) return t(locale, "hours.midnight");
  if (hours === 12 && minutes === 0) return t(locale, "hours.noon");
  const suffix = t(locale, hours % 24 < 12 ? "hours.am" : "hours.pm");
  const hour = hours % 12 || 12;
  return `${hour}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""} ${suffix}`;
}

/** The week's hours as a small table: one row per day, closed days included. */
export function weeklyHours(hours, locale = pageLocale()) {
  const spans = hours?.weekly || [];
  if (!spans.length) return "";
  const zone = ZONE_NAMES[hours.timezone];
  return html`<table class="hours">
    ${zone ? html`<caption>${t(locale, "hours.zone", { zone: t(locale, zone) })}</caption>` : ""}
    <tbody>${WEEK.map((weekday) => {
      const day = t(locale, `days.${weekday}`);
      const today = spans.filter((span) => span.weekday === weekday);
      const text = today.length
        ? today
            .map((span) => {
              const when =
                span.opens === "00:00" && span.closes === "24:00"
                  ? t(locale, "status.allDay")
                  : `${clockWords(span.opens, locale)} – ${clockWords(span.closes, locale)}`;
              const attendance = ATTENDANCE[span.attendance];
              return `${when}${attendance ? t(locale, attendance) : ""}`;
            })
            .join("; ")
        : t(locale, "hours.closed");
      return html`<tr><th scope="row">${day}</th><td>${text}</td></tr>`;
    })}</tbody>
  </table>`;
}
