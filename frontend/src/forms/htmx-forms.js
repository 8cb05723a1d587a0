// Forms that htmx sends: site search (site search API) and a city's directory filters (directory
// API). The API answers JSON; one listener turns it into the HTML htmx swaps in. htmx is
// loaded only when such a form is on screen, so other pages never download it.

import { rememberFilters, wireOpenAt } from "../directory/filters.js";
import { keepStatusesFresh, refreshStatuses } from "../directory/live-status.js";
import { wireMap } from "../directory/map-button.js";
import { wireNearMe } from "../directory/near-me.js";
import { wireReportButtons } from "../directory/report-button.js";
import { wireTextThis } from "../directory/text-this.js";
import { apiBase, apiSite } from "../lib/api.js";
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
