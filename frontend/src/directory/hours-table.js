// A listing's week of opening hours as a small table, in plain words.
import { html } from "../lib/html.js";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
// A span's attendance in words; help by phone or online ("remote") needs none: its hours are
// when it answers.
const ATTENDANCE = { walk_in: ", walk in", appointment: ", by appointment" };
const ZONE_NAMES = { "America/New_York": "Eastern time", "America/Denver": "Mountain time" };

/** "09:30" → "9:30 AM", "24:00" → "midnight": plain words, no date library needed. */
export function clockWords(hhmm) {
  const [hours, minutes] = hhmm.split(":").map(Number);
  if (hours % 24 === 0 && minutes === 0) return "midnight";
  if (hours === 12 && minutes === 0) return "noon";
  const suffix = hours % 24 < 12 ? "AM" : "PM";
  const hour = hours % 12 || 12;
  return `${hour}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""} ${suffix}`;
}

/** The week's hours as a small table: one row per day, closed days included. */
export function weeklyHours(hours) {
  const spans = hours?.weekly || [];
  if (!spans.length) return "";
  const zone = ZONE_NAMES[hours.timezone];
  return html`<table class="hours">
    ${zone ? html`<caption>Times are ${zone}.</caption>` : ""}
    <tbody>${DAY_NAMES.map((day, index) => {
      const today = spans.filter((span) => span.weekday === index + 1);
      const text = today.length
        ? today
            .map((span) => {
              const when =
                span.opens === "00:00" && span.closes === "24:00"
                  ? "Open 24 hours"
                  : `${clockWords(span.opens)} – ${clockWords(span.closes)}`;
              return `${when}${ATTENDANCE[span.attendance] ?? ""}`;
            })
            .join("; ")
        : "Closed";
      return html`<tr><th scope="row">${day}</th><td>${text}</td></tr>`;
    })}</tbody>
  </table>`;
}
