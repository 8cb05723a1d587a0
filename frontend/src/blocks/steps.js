import { html, safeUrl } from "../lib/html.js";

/** Numbered steps (what to do in an overdose): open, large, numbered, each with its one
 * action. Never folded behind a tap: the reader may be helping someone as they read. The
 * section's id is the address the crisis bar's "Overdose? What to do" opens at. */
export default function steps({ heading, intro, steps: items, anchor }) {
  const written = (items || []).filter((step) => step?.title);
  if (!written.length) return "";
  const id = anchor || "steps";
  return html`<section class="steps" id="${id}" aria-labelledby="${id}-heading" tabindex="-1">
    <h2 id="${id}-heading">${heading}</h2>
    ${intro ? html`<p class="steps__intro">${intro}</p>` : ""}
    <ol class="steps__list">
      ${written.map((step) => {
        const href = step.action_link ? safeUrl(step.action_link) : null;
        return html`<li class="steps__step">
          <h3 class="steps__title">${step.title}</h3>
          ${step.text ? html`<p class="steps__text">${step.text}</p>` : ""}
          ${
            href && step.action_label
              ? html`<a class="steps__action button" href="${href}">${step.action_label}</a>`
              : ""
          }
        </li>`;
      })}
    </ol>
  </section>`;
}
