import { listingCard } from "../directory.js";
import { html } from "../html.js";

export default function directoryListings({ heading, listings }) {
  if (!listings?.length) return "";
  const now = new Date();
  return html`<section class="directory">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ul class="listings">${listings.map((listing) => listingCard(listing, now))}</ul>
  </section>`;
}
