// "Text this": a listing sent in a text message from the visitor's own phone (an sms: link, so
// no server and no provider of ours sees the number), with "Copy" and, where the phone has
// the Web Share API, "Share" (both need script). The message: name, address, phone, today's
// hours and the listing's address on this site, the same whether the server or the browser
// drew the card.
import { html } from "../lib/html.js";
import { localeOf, pageLocale, t } from "../lib/i18n.js";
import { scriptOnly } from "../lib/script-only.js";
import { todaySpans } from "./hours.js";
import { clockWords } from "./hours-table.js";

/** "Example Walk-In Clinic, 12 Example St, Jefferson City, MO 65101": the place's own name
 * when it is not the listing's, then as much of the address as the listing has. A made-up
 * place (is_example) with no street says so where its street would be, in the page's
 * language. */
export function addressLine(location, listingName, locale = pageLocale()) {
  const place = location.name && location.name !== listingName ? location.name : "";
  const region = [location.state_province, location.postal_code].filter(Boolean).join(" ");
  const street =
    location.address_1 || (location.is_example ? t(locale, "card.exampleAddress") : "");
  return [place, street, location.city, region].filter(Boolean).join(", ");
}

/** "9 AM – 5 PM", "Open 24 hours", "Closed": the listing's hours today, in its own time. */
export function todayWords(listing, now = new Date(), locale = pageLocale()) {
  if (listing.status && listing.status !== "active") return t(locale, "status.closedForNow");
  const hours = listing.hours;
  if (!hours?.weekly?.length && !hours?.exceptions?.length) return "";
  const spans = todaySpans(hours, now);
  if (!spans.length) return t(locale, "hours.closed");
  return spans
    .map(([opens, closes]) =>
      opens === "00:00" && closes === "24:00"
        ? t(locale, "status.allDay")
        : `${clockWords(opens, locale)} – ${clockWords(closes, locale)}`,
    )
    .join(", ");
}

/** The listing's address on this site: the page it is shown on, at its card. */
export function listingUrl(listing, here = globalThis.location) {
  return `${here?.origin ?? ""}${here?.pathname ?? "/"}#listing-${listing.id}`;
}

/** The language of the page at `here` (a Location or URL). */
const localeOfPage = (here) => localeOf(here?.pathname || "/");

/** The text message, line by line, in the page's language. */
export function smsBody(
  listing,
  now = new Date(),
  here = globalThis.location,
  locale = localeOfPage(here),
) {
  const lines = [listing.name];
  if (listing.location) lines.push(addressLine(listing.location, listing.name, locale));
  const phone = listing.phones?.find((p) => p.kind !== "text") || listing.phones?.[0];
  if (phone)
    lines.push(`${t(locale, phone.kind === "text" ? "card.text" : "card.call")} ${phone.number}`);
  const today = todayWords(listing, now, locale);
  if (today) lines.push(t(locale, "share.today", { hours: today }));
  lines.push(listingUrl(listing, here));
  return lines.filter(Boolean).join("\n");
}

/** An sms: link with no number (the visitor chooses whom to send it to) and the body: the
 * "?&body=" form both Android and iOS read. */
export function smsHref(body) {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

export function textThis(listing, now = new Date(), locale = pageLocale()) {
  const href = smsHref(smsBody(listing, now, globalThis.location, locale));
  const name = html`<span class="visually-hidden"> ${listing.name}</span>`;
  return html`<p class="listing__share-row">
    <a class="button button--small button--quiet" href="${href}" data-text-this>${t(locale, "share.text")}${name}</a>
    ${scriptOnly(html`<button type="button" class="button button--small button--quiet" data-copy-listing>${t(locale, "share.copy")}${name}</button>`)}
    ${scriptOnly(html`<button type="button" class="button button--small button--quiet listing__share" data-share-listing>${t(locale, "share.share")}${name}</button>`)}
  </p>`;
}

/** The message a card's "Text this" link holds. */
export function bodyOfCard(card) {
  const href = card?.querySelector("[data-text-this]")?.getAttribute("href") || "";
  const at = href.indexOf("body=");
  return at === -1 ? "" : decodeURIComponent(href.slice(at + 5));
}

let wired = false;
/** "Copy" and "Share" on every card, now and later (listeners on the document). */
export function wireTextThis(win = window) {
  if (wired) return;
  wired = true;
  const doc = win.document;
  // "Share" is shown only where the phone has the Web Share API (styles: .can-share).
  if (typeof win.navigator.share === "function") doc.documentElement.classList.add("can-share");
  doc.addEventListener("click", async (event) => {
    const copy = event.target.closest?.("[data-copy-listing]");
    const share = event.target.closest?.("[data-share-listing]");
    const button = copy || share;
    if (!button) return;
    const body = bodyOfCard(button.closest(".listing"));
    if (!body) return;
    if (share) {
      try {
        await win.navigator.share({ text: body });
      } catch {
        // the visitor closed the share sheet
      }
      return;
    }
    const label = button.firstChild;
    const locale = localeOf(win.location.pathname);
    try {
      await win.navigator.clipboard.writeText(body);
      label.textContent = t(locale, "share.copied");
    } catch {
      label.textContent = t(locale, "share.copyFailed");
    }
    win.setTimeout(() => {
      label.textContent = t(locale, "share.copy");
    }, 2000);
  });
}
