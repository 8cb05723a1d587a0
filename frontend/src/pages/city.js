import { renderBlocks } from "../blocks/index.js";
import { directorySection } from "../directory/filters.js";
import { html } from "../lib/html.js";
import { pageHeader } from "./common.js";

// The page's own words (what to look for in this city), then its listings: read in that order
// by everyone, a text browser and a screen reader included.
export default function city(page) {
  return html`${pageHeader(page.title, page.intro)}${renderBlocks(page.body)}${directorySection(page)}`;
}
