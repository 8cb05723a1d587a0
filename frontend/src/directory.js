// A city's listings with filters. htmx sends the filter form to the directory API whenever it
// changes and swaps in the results; the filters are kept in the page address (replaceState),
// so a list can be shared. Whether each place is open is worked out here, with hours.js.
import { html, safeUrl } from "./html.js";
import { statusAt } from "./hours.js";

// Building an Intl formatter is slow on a cheap phone: each kind is made once and kept.
const formatters = new Map();
function format(date, zone, options) {
  const key = `${zone} ${JSON.stringify(options)}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone }));
  }
  return formatters.get(key).format(new Date(date));
}

const WEEKDAY = { weekday: "short" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CLOCK = { hour: "numeric", minute: "2-digit" };
const DAY = { year: "numeric", month: "numeric", day: "numeric" };

function clock(iso, zone) {
  return format(iso, zone, CLOCK).replace(":00", "");
}

function sameLocalDay(a, b, zone) {
  return format(a, zone, DAY) === format(b, zone, DAY);
}

/** "Open · closes 6 PM", "Closed · opens Tue 9 AM", "Open 24 hours" for a listing at `now`. */
export function statusLine(listing, now = new Date()) {
  const zone = listing.hours?.timezone || "America/Chicago";
  if (listing.status !== "active") return { open: false, text: "Closed for now" };
  const status = statusAt(listing.hours, now);
  if (status.open) {
    if (!status.closes_at) return { open: true, text: "Open 24 hours" };
    const day = sameLocalDay(status.closes_at, now, zone)
      ? ""
      : `${format(status.closes_at, zone, WEEKDAY)} `;
    return { open: true, text: `Open · closes ${day}${clock(status.closes_at, zone)}` };
  }
  if (!status.opens_at) return { open: false, text: "Closed · no opening hours listed" };
  const day = sameLocalDay(status.opens_at, now, zone)
    ? ""
    : `${format(status.opens_at, zone, WEEKDAY)} `;
  return { open: false, text: `Closed · opens ${day}${clock(status.opens_at, zone)}` };
}

export function verifiedLine(listing, now = new Date()) {
  if (!listing.assured_date) return "Not yet checked by our team — call ahead.";
  const checked = new Date(`${listing.assured_date}T12:00:00`);
  const days = Math.max(0, Math.round((now - checked) / 86400000));
  const date = `${MONTHS[checked.getMonth()]} ${checked.getDate()}, ${checked.getFullYear()}`;
  const when = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  return `Last checked ${when} (${date})${listing.stale ? " — details may have changed, call ahead" : ""}.`;
}

function directions(location) {
  if (location?.latitude == null || location?.longitude == null) return "";
  const query = `${location.latitude},${location.longitude}`;
  // A plain link: nothing is asked of a map service until the visitor follows it.
  return html`<a href="https://www.google.com/maps/search/?api=1&amp;query=${query}"
    rel="noreferrer noopener">Directions<span class="visually-hidden"> to ${location.name}</span></a>`;
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
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
              const when = span.opens === "00:00" && span.closes === "24:00"
                ? "Open 24 hours"
                : `${clockWords(span.opens)} – ${clockWords(span.closes)}`;
              return `${when}${span.attendance === "appointment" ? ", by appointment" : ", walk in"}`;
            })
            .join("; ")
        : "Closed";
      return html`<tr><th scope="row">${day}</th><td>${text}</td></tr>`;
    })}</tbody>
  </table>`;
}

export function listingCard(listing, now = new Date(), { showHours = false } = {}) {
  // The API says in words whether the place is open as it answers; the browser keeps that
  // line true afterwards (refreshStatuses), with the same rules.
  const status = listing.status_now?.text
    ? { open: listing.status_now.open, text: listing.status_now.text }
    : statusLine(listing, now);
  const location = listing.location;
  const attendance = listing.walk_in ? "Walk in" : "By appointment";
  return html`<li class="listing">
    <h3 class="listing__name">${listing.name}</h3>
    <p class="listing__status ${status.open ? "is-open" : "is-closed"}"
      data-listing-hours="${JSON.stringify({ status: listing.status, hours: listing.hours })}"><strong>${status.text}</strong>
      · ${attendance}${listing.is_free ? " · Free" : ""}${
        listing.distance_km != null ? ` · ${listing.distance_km} km away` : ""
      }</p>
    <p class="listing__types">${listing.service_types.map((t) => t.name).join(" · ")}</p>
    <p>${listing.description}</p>
    ${location ? html`<p class="listing__address">${location.address_1}${location.address_1 ? ", " : ""}${location.city}</p>` : ""}
    <p class="listing__actions">${listing.phones.map((phone) => {
      const href = safeUrl(phone.href);
      const verb = phone.kind === "text" ? "Text" : "Call";
      return href ? html`<a class="button button--small" href="${href}">${verb} ${phone.number}</a>` : "";
    })}${directions(location)}</p>
    ${listing.hours?.weekly?.length ? html`<details class="listing__hours"${showHours ? html` open` : ""}>
      <summary>Opening hours</summary>${weeklyHours(listing.hours)}</details>` : ""}
    <p class="listing__verified">${verifiedLine(listing, now)}</p>
    <div class="listing__report"><button type="button" class="link-button" data-report="${listing.id}"
      aria-expanded="false">Report a problem with this listing</button></div>
  </li>`;
}

// The listings on screen, for the map to mark.
const shown = { listings: [], onChange: null };

const PLANNED = { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" };

/** True when the answer is for a time the visitor chose (open_at), not for now. */
function plannedTime(data, now) {
  return data?.at && Math.abs(new Date(data.at) - now) > 5 * 60000;
}

/** The results list for a directory API answer (or its error). */
export function directoryResultsHtml(data, status, now = new Date()) {
  if (status >= 400) {
    return String(html`<p class="error-detail">${data?.message || "The listings did not load."}</p>`);
  }
  const results = data?.results || [];
  shown.listings = results;
  shown.onChange?.(results);
  if (!results.length) {
    return String(html`<p>No listings match. Try fewer filters, or see
      <a href="/resource-guide/additional-resources/">help by phone and online</a>.</p>`);
  }
  // Hours shown for a chosen time stay for that time: the minute refresh leaves them alone.
  const planned = plannedTime(data, now);
  const when = planned ? ` open ${format(data.at, "America/Chicago", PLANNED).replace(":00", "")}` : "";
  return String(html`<p class="listings__count">${data.count} ${data.count === 1 ? "place" : "places"}${when}</p>
    <ul class="listings"${planned ? html` data-planned="${data.at}"` : ""}>${results.map((listing) => listingCard(listing, now))}</ul>`);
}

// The filters a shared address keeps. A city page's own city is part of the page, not a filter.
const FILTERS = ["city", "service_type", "open_now", "open_at", "free", "walk_in", "language"];

function cityControl(page, chosen) {
  if (page.city) return html`<input type="hidden" name="city" value="${page.city}">`;
  const cities = (page.sections || []).filter((section) => section.city).map((section) => section.city);
  const current = chosen.get("city") || "";
  return html`<p><label class="filters__field">Where
    <select name="city"><option value="">Every city</option>${cities.map(
      (city) => html`<option value="${city}"${city === current ? html` selected` : ""}>${city}</option>`,
    )}</select></label></p>`;
}

/** The filters form and the results box of a city page, or of the guide across every city. */
export function directorySection(page, search = location.search) {
  const chosen = new URLSearchParams(search);
  const types = new Set(chosen.getAll("service_type"));
  const checked = (name) => (chosen.get(name) === "true" ? html` checked` : "");
  const openAt = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(chosen.get("open_at") || "") ? chosen.get("open_at") : "";
  return html`<section class="directory" aria-labelledby="directory-heading">
    <h2 id="directory-heading">${page.city ? `Places in ${page.city}` : "Find a place in any city"}</h2>
    <form class="filters" data-directory hx-get="/api/directory/services/"
        hx-target="#directory-results" hx-trigger="change, submit" hx-swap="innerHTML">
      ${cityControl(page, chosen)}
      <input type="hidden" name="page_size" value="50">
      <fieldset>
        <legend>What do you need?</legend>
        ${(page.service_types || []).map(
          (type) => html`<label class="filters__option"><input type="checkbox" name="service_type"
            value="${type.slug}"${types.has(type.slug) ? html` checked` : ""}> ${type.name}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>Only show places that are</legend>
        <label class="filters__option"><input type="checkbox" name="open_now" value="true"${checked("open_now")}> Open now</label>
        <label class="filters__option"><input type="checkbox" name="free" value="true"${checked("free")}> Free</label>
        <label class="filters__option"><input type="checkbox" name="walk_in" value="true"${checked("walk_in")}> Walk in, no appointment</label>
        <label class="filters__option"><input type="checkbox" name="language" value="es"${chosen.get("language") === "es" ? html` checked` : ""}> Spanish spoken</label>
        <p class="filters__plan"><label class="filters__field">Planning ahead? Open on
          <input type="datetime-local" name="open_at" value="${openAt}"></label>
          <button type="button" class="button button--small button--quiet" data-clear-open-at>Any time</button>
          <span class="filters__note">Missouri time. Shows places open then, with their hours at that time.</span></p>
      </fieldset>
      <input type="hidden" name="near" value="" disabled>
      <p><button type="button" class="button button--small" data-near-me>Sort by distance from me</button>
        <span class="filters__note">Your phone asks first; we round your location to about 1 km and keep nothing.</span></p>
      <p data-map-control hidden><button type="button" class="button button--small" data-show-map aria-expanded="false">Show on a map</button></p>
      <noscript><button type="submit" class="button">Show places</button></noscript>
    </form>
    <div class="directory__map" id="directory-map" hidden></div>
    <div id="directory-results" class="directory__results" data-json-view="directory-results"
      aria-live="polite" aria-busy="false"><p>Loading places…</p></div>
  </section>`;
}

/** Keep the chosen filters in the address bar, so the list can be shared or reloaded. */
export function rememberFilters(form) {
  const params = new URLSearchParams();
  for (const field of form.elements) {
    if (!FILTERS.includes(field.name) || field.type === "hidden" || !field.value) continue;
    if ((field.type === "checkbox" || field.type === "radio") && !field.checked) continue;
    params.append(field.name, field.value);
  }
  const query = params.toString();
  history.replaceState(history.state, "", location.pathname + (query ? `?${query}` : ""));
}

/** "Any time" empties the chosen time and asks again. */
export function wireOpenAt(form) {
  form.querySelector("[data-clear-open-at]")?.addEventListener("click", () => {
    if (!form.elements.open_at.value) return;
    form.elements.open_at.value = "";
    form.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** About 1 km: two decimals of a degree. A visitor's exact position never leaves the phone. */
export function roundedPosition(latitude, longitude) {
  return `${latitude.toFixed(2)},${longitude.toFixed(2)}`;
}

/** "Sort by distance from me": the browser asks for the location only now, on this click. */
export function wireNearMe(form) {
  const button = form.querySelector("[data-near-me]");
  if (!button || !navigator.geolocation) {
    button?.remove();
    return;
  }
  button.addEventListener("click", () => {
    const results = document.querySelector(form.getAttribute("hx-target"));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        form.elements.near.value = roundedPosition(position.coords.latitude, position.coords.longitude);
        form.elements.near.disabled = false;
        form.dispatchEvent(new Event("change", { bubbles: true }));
      },
      () => {
        results.insertAdjacentHTML(
          "afterbegin",
          String(html`<p class="error-detail">We could not get your location. The list is as before.</p>`),
        );
      },
      { maximumAge: 600000, timeout: 15000 },
    );
  });
}

/** Bring the open/closed lines on screen up to date: a list left open on a phone stays true. */
export function refreshStatuses(root = document, now = new Date()) {
  for (const line of root.querySelectorAll("[data-listing-hours]")) {
    if (line.closest("[data-planned]")) continue;
    const status = statusLine(JSON.parse(line.dataset.listingHours), now);
    line.classList.toggle("is-open", status.open);
    line.classList.toggle("is-closed", !status.open);
    line.querySelector("strong").textContent = status.text;
  }
}

let refreshing = null;
export function keepStatusesFresh() {
  refreshing ??= setInterval(() => refreshStatuses(), 60000);
}

/** "Show on a map", offered only when the site has a tile server; the map code and its
 * styles download on the first click. */
export function wireMap(form, shell) {
  const config = shell?.map;
  const control = form.querySelector("[data-map-control]");
  const box = document.getElementById("directory-map");
  shown.onChange = null; // a new page has a new map box
  if (!config?.tile_url || !control || !box) return;
  control.hidden = false;
  const button = control.querySelector("button");
  button.addEventListener("click", async () => {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Hide the map" : "Show on a map";
    if (!open || shown.onChange) return;
    const { showMap } = await import("./map.js");
    shown.onChange = await showMap(box, config, shown.listings);
  });
}

// The report form's code downloads only when someone first asks to report a problem.
let reportsWired = false;
export function wireReportButtons() {
  if (reportsWired) return;
  reportsWired = true;
  document.addEventListener("click", (event) => {
    const button = event.target.closest?.("[data-report]");
    if (button) import("./report.js").then(({ openReport }) => openReport(button));
  });
}
