import { listingCard } from "../directory/listing-card.js";
import { html } from "../lib/html.js";

export default function directoryListings({ heading, listings }) {
  if (!listings?.length) return "";
  const now = new Date();
  // A page that shows one chosen place (a clinic's own) shows its week's hours open.
  const showHours = listings.length === 1;
  return html`<section class="directory">
    ${heading ? html`<h2>${heading}</h2>` : ""}
    <ul class="listings">${listings.map((listing) => listingCard(listing, now, { showHours }))}</ul>
  </section>`;
}
