import { renderBlocks } from "../blocks/index.js";
import { html, safeUrl } from "../lib/html.js";
import { picture } from "../lib/image.js";

function heroActions(actions) {
  const links = (actions || [])
    .map((action) => action?.value || action)
    .filter((action) => action?.label && safeUrl(action.url))
    .slice(0, 2);
  if (!links.length) return "";
  return html`<ul class="hero__actions">
    ${links.map(
      (action, n) =>
        html`<li><a class="button${n ? " button--secondary" : ""}" href="${safeUrl(action.url)}">${action.label}</a></li>`,
    )}
  </ul>`;
}

export default function home(page) {
  // The help first: the heading, a line and the two actions fill a phone's first screen; the
  // decorative picture comes after them (and not at all when the phone saves data).
  return html`<div class="hero">
      <div class="hero__text">
        <h1 tabindex="-1">${page.hero_heading || page.title}</h1>
        ${page.intro ? html`<p class="lead">${page.intro}</p>` : ""}
        ${heroActions(page.hero_actions)}
      </div>
      ${
        page.hero_image
          ? html`<div class="hero__image">${picture(page.hero_image, {
              sizes: "(min-width: 48rem) 24rem, 100vw",
              eager: true, // in the first screen of most phones: the largest paint waits for it
            })}</div>`
          : ""
      }
    </div>
    ${renderBlocks(page.body)}`;
}
