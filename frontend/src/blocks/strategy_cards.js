import { html, raw, safeUrl } from "../lib/html.js";
import { pageLocale, t } from "../lib/i18n.js";
import { icon } from "../lib/icons.js";
import { picture } from "../lib/image.js";
import { sanitizeRichText } from "../lib/sanitize.js";

function card(item, headingLevel, locale) {
  const title = headingLevel === 3 ? html`<h3>${item.title}</h3>` : html`<h2>${item.title}</h2>`;
  // No "More about" link to the page the card is on.
  const url = item.learn_more && safeUrl(item.learn_more.url);
  const more = url !== globalThis.location?.pathname && url;
  return html`<li class="card">
    ${item.image ? picture(item.image, { sizes: "(min-width: 48rem) 20rem, 100vw" }) : icon(item.icon)}
    ${title}
    <p>${item.summary}</p>
    ${
      item.body
        ? html`<details class="card__more"><summary>${t(locale, "cards.readMore")}<span class="visually-hidden">
          ${t(locale, "cards.about", { title: item.title })}</span></summary>${raw(sanitizeRichText(item.body))}</details>`
        : ""
    }
    ${more ? html`<a class="card__link" href="${more}">${t(locale, "cards.moreAbout", { title: item.title })}</a>` : ""}
  </li>`;
}

export default function strategyCards({ heading, cards }, locale = pageLocale()) {
  if (!cards?.length) return "";
  return html`<section class="cards">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ul class="cards__grid">${cards.map((item) => card(item, heading ? 3 : 2, locale))}</ul>
  </section>`;
}
