import { renderBlocks } from "../blocks/index.js";
import { html } from "../lib/html.js";
import { picture } from "../lib/image.js";

export default function home(page) {
  return html`<div class="hero">
      <div class="hero__text">
        <h1 tabindex="-1">${page.hero_heading || page.title}</h1>
        ${page.intro ? html`<p class="lead">${page.intro}</p>` : ""}
      </div>
      ${
        page.hero_image
          ? html`<div class="hero__image">${picture(page.hero_image, {
              sizes: "(min-width: 48rem) 24rem, 100vw",
              eager: true,
            })}</div>`
          : ""
      }
    </div>
    ${renderBlocks(page.body)}`;
}
