import { renderBlocks } from "../blocks/index.js";
import { directorySection } from "../directory/filters.js";
import { html } from "../lib/html.js";
import { pageHeader } from "./common.js";

// The listings come first: they are what people open a city page for.
export default function city(page) {
  return html`${pageHeader(page.title, page.intro)}${directorySection(page)}${renderBlocks(page.body)}`;
}
