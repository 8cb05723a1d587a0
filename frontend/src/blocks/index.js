// The one registry of block renderers: block type (as the API names it) → render function.

import { html } from "../lib/html.js";
import callToAction from "./call_to_action.js";
import contactLines from "./contact_lines.js";
import dataTable from "./data_table.js";
import directoryListings from "./directory_listings.js";
import faq from "./faq.js";
import heading from "./heading.js";
import image from "./image.js";
import listingHours from "./listing_hours.js";
import principles from "./principles.js";
import quote from "./quote.js";
import richText from "./rich_text.js";
import statistic from "./statistic.js";
import steps from "./steps.js";
import strategyCards from "./strategy_cards.js";
import video from "./video.js";

export const blockRenderers = {
  heading,
  rich_text: richText,
  image,
  quote,
  call_to_action: callToAction,
  principles,
  strategy_cards: strategyCards,
  statistic,
  data_table: dataTable,
  faq,
  steps,
  contact_lines: contactLines,
  video,
  directory_listings: directoryListings,
  listing_hours: listingHours,
};

/** Render a StreamField body. A block we do not know, one that fails, or one with nothing
 * to show, shows nothing. */
export function renderBlocks(blocks = [], renderers = blockRenderers) {
  return html`${blocks.map((block) => {
    const render = renderers[block.type];
    if (!render) {
      console.warn(`Turn To: no renderer for block type "${block.type}"; skipped.`);
      return "";
    }
    try {
      // A block with nothing to show yet (a draft's empty fields) leaves no empty box.
      const out = render(block.value);
      if (!String(out ?? "").trim()) return "";
      return html`<div class="block block--${block.type}">${out}</div>`;
    } catch (error) {
      console.warn(`Turn To: block "${block.type}" could not be shown; skipped.`, error);
      return "";
    }
  })}`;
}
