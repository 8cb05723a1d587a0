// Forms that htmx sends: site search (site search API) and a city's directory filters (directory
// API). The API answers JSON; one listener turns it into the HTML htmx swaps in. htmx is
// loaded only when such a form is on screen, so other pages never download it.

import { rememberFilters, wireOpenAt } from "../directory/filters.js";
import { listingCard } from "../directory/listing-card.js";
import { keepStatusesFresh, refreshStatuses } from "../directory/live-status.js";
import { wireMap } from "../directory/map-button.js";
import { wireNearMe } from "../directory/near-me.js";
import { wireReportButtons } from "../directory/report-button.js";
import { morePlacesHtml, shown } from "../directory/results.js";
import { wireTextThis } from "../directory/text-this.js";
import { apiBase, apiSite } from "../lib/api.js";
import { isPlainClick } from "../lib/links.js";
import { JSON_VIEWS } from "./json-views.js";

let htmxReady = null;
const FORMS = "form[data-search], form[data-directory]";

function loadHtmx() {
  htmxReady ??= import("htmx.org").then(({ default: htmx }) => {
    // Our router owns the browser history; htmx must not push or restore pages.
    htmx.config.history = false;
    htmx.config.includeIndicatorCSS = false;
    htmx.config.mode = apiBase() ? "cors" : "same-origin";
    const view = (ctx) => JSON_VIEWS[ctx.target?.dataset?.jsonView];
    document.addEventListener("htmx:config:request", (event) => {
      const ctx = event.detail.ctx;
      if (!view(ctx)) return;
      ctx.request.headers.Accept = "application/json";
      if (ctx.sourceElement?.matches?.("form[data-directory]")) rememberFilters(ctx.sourceElement);
    });
    document.addEventListener("htmx:after:request", (event) => {
      const ctx = event.detail.ctx;
      const render = view(ctx);
      if (!render) return;
      let data = null;
      try {
        data = JSON.parse(ctx.text);
      } catch {
        data = null;
      }
      ctx.text = render(data, ctx.response?.status ?? 0);
    });
    return htmx;
  });
  return htmxReady;
}

/** A form's first results (a city's listings, a search in the address), fetched directly:
 * htmx waits until the visitor touches the form. */
export async function showFirstResults(form) {
  const target = document.querySelector(form.getAttribute("data-hx-target"));
  const render = JSON_VIEWS[target.dataset.jsonView];
  const query = new URLSearchParams(new FormData(form));
  // The page of places the address asks for (the guide's "More places"), as the server asks.
  if (form.dataset.page) query.set("page", form.dataset.page);
  try {
    const response = await fetch(`${form.getAttribute("data-hx-get")}?${query}`, {
      credentials: "omit",
      headers: { Accept: "application/json" },
    });
    const data = await response.json().catch(() => null);
    target.innerHTML = render(data, response.status);
  } catch {
    target.innerHTML = render(null, 503);
  }
}

/** "More places" with script: the next page of places added under the ones on screen, and
 * focus on the first of them. Any trouble and the link is followed as it is. */
function wireMorePlaces(form) {
  const box = document.querySelector(form.getAttribute("data-hx-target"));
  box?.addEventListener("click", async (event) => {
    const link = event.target.closest?.("a[data-more-places]");
    if (!link || !isPlainClick(event, link)) return;
    const list = box.querySelector("ul.listings");
    if (!list) return;
    event.preventDefault();
    event.stopPropagation(); // the router would draw the whole page again
    const query = new URLSearchParams(new FormData(form));
    query.set("page", link.dataset.nextPage);
    box.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(`${form.getAttribute("data-hx-get")}?${query}`, {
        credentials: "omit",
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(String(response.status));
      const data = await response.json();
      const now = new Date();
      const before = list.children.length;
      list.insertAdjacentHTML(
        "beforeend",
        data.results.map((listing) => String(listingCard(listing, now))).join(""),
      );
      link.closest(".listings__more").outerHTML = String(morePlacesHtml(data));
      shown.listings = [...shown.listings, ...data.results];
      shown.onChange?.(shown.listings);
      const first = list.children[before]?.querySelector("h3, h2, a");
      if (first) {
        if (!first.matches("a")) first.setAttribute("tabindex", "-1");
        first.focus();
      }
    } catch {
      location.href = link.href;
    } finally {
      box.setAttribute("aria-busy", "false");
    }
  });
}

/** A box that shows one API answer (data-json-src), drawn by its data-json-view. */
async function showData(box) {
  const render = JSON_VIEWS[box.dataset.jsonView];
  try {
    const response = await fetch(apiBase() + box.dataset.jsonSrc, {
      credentials: "omit",
      headers: { Accept: "application/json" },
    });
    box.innerHTML = render(await response.json().catch(() => null), response.status);
  } catch {
    box.innerHTML = render(null, 503);
  }
}

/**
 * Wire up the htmx forms inside `root` (after a page renders). htmx is downloaded and set to
 * work on a form only when the visitor first touches it, so no page pays for it up front.
 * `adopted`: the server drew the page, first results included; they are not asked for again.
 */
export function enhanceForms(root, shell = null, { adopted = false } = {}) {
  wireReportButtons();
  wireTextThis();
  if (!adopted) {
    for (const box of root.querySelectorAll("[data-json-src]")) showData(box);
  }
  const base = apiBase();
  const site = apiSite();
  for (const form of root.querySelectorAll(FORMS)) {
    if (base) form.setAttribute("data-hx-get", base + form.getAttribute("data-hx-get"));
    if (site) {
      form.append(
        Object.assign(document.createElement("input"), {
          type: "hidden",
          name: "site",
          value: site,
        }),
      );
    }
    // A search in the address (a link to /search/?q=…) shows its results, as the
    // server's first view does.
    if (!adopted && form.matches("[data-search]") && form.elements.q?.value) {
      showFirstResults(form);
    }
    if (form.matches("[data-directory]")) {
      // The server's answer may be a minute old; brought up to date after the first paint.
      if (adopted) setTimeout(() => refreshStatuses(), 1000);
      else showFirstResults(form);
      wireNearMe(form);
      wireOpenAt(form);
      wireMorePlaces(form);
      wireMap(form, shell, adopted ? () => showFirstResults(form) : null);
      keepStatusesFresh();
    }
    let state = "idle";
    let missed = null; // a change or submit that came before htmx was ready
    const start = async (event) => {
      if (event.type === "submit") event.preventDefault();
      if (state === "ready") return;
      if (event.type === "change" || event.type === "submit") missed = event.type;
      if (state === "loading") return;
      state = "loading";
      const htmx = await loadHtmx();
      htmx.process(form);
      state = "ready";
      if (missed) htmx.trigger(form, missed);
    };
    for (const type of ["focusin", "pointerdown", "change", "submit"]) {
      form.addEventListener(type, start, { capture: type === "submit" });
    }
  }
}
