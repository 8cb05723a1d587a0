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

export function listingCard(listing, now = new Date()) {
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
    <p class="listing__verified">${verifiedLine(listing, now)}</p>
  </li>`;
}

/** The results list for a directory API answer (or its error). */
export function directoryResultsHtml(data, status, now = new Date()) {
  if (status >= 400) {
    return String(html`<p class="error-detail">${data?.message || "The listings did not load."}</p>`);
  }
  const results = data?.results || [];
  if (!results.length) {
    return String(html`<p>No listings match. Try fewer filters, or see
      <a href="/resource-guide/additional-resources/">help by phone and online</a>.</p>`);
  }
  return String(html`<p class="listings__count">${data.count} ${data.count === 1 ? "place" : "places"}</p>
    <ul class="listings">${results.map((listing) => listingCard(listing, now))}</ul>`);
}

const FILTERS = ["service_type", "open_now", "free", "walk_in", "language"];

/** The filters form and the results box of a city page. */
export function directorySection(page, search = location.search) {
  const chosen = new URLSearchParams(search);
  const types = new Set(chosen.getAll("service_type"));
  const checked = (name) => (chosen.get(name) === "true" ? html` checked` : "");
  return html`<section class="directory" aria-labelledby="directory-heading">
    <h2 id="directory-heading">Places in ${page.city}</h2>
    <form class="filters" data-directory hx-get="/api/directory/services/"
        hx-target="#directory-results" hx-trigger="change, submit" hx-swap="innerHTML">
      <input type="hidden" name="city" value="${page.city}">
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
      </fieldset>
      <input type="hidden" name="near" value="" disabled>
      <p><button type="button" class="button button--small" data-near-me>Sort by distance from me</button>
        <span class="filters__note">Your phone asks first; we round your location to about 1 km and keep nothing.</span></p>
      <noscript><button type="submit" class="button">Show places</button></noscript>
    </form>
    <div id="directory-results" class="directory__results" data-json-view="directory-results"
      aria-live="polite" aria-busy="false"><p>Loading places…</p></div>
  </section>`;
}

/** Keep the chosen filters in the address bar, so the list can be shared or reloaded. */
export function rememberFilters(form) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (FILTERS.includes(name)) params.append(name, value);
  }
  const query = params.toString();
  history.replaceState(history.state, "", location.pathname + (query ? `?${query}` : ""));
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
