// "Sort by distance from me": the visitor's location, asked for only on that click and
// rounded before it leaves the phone.
import { html } from "../lib/html.js";

/** About 1 km: two decimals of a degree. A visitor's exact position never leaves the phone. */
export function roundedPosition(latitude, longitude) {
  return `${latitude.toFixed(2)},${longitude.toFixed(2)}`;
}

/** "Sort by distance from me": the browser asks for the location only now, on this click. */
export function wireNearMe(form) {
  const button = form.querySelector("[data-near-me]");
  if (!button || !navigator.geolocation) {
    button?.remove();
    return;
  }
  button.addEventListener("click", () => {
    const results = document.querySelector(form.getAttribute("data-hx-target"));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        form.elements.near.value = roundedPosition(
          position.coords.latitude,
          position.coords.longitude,
        );
        form.elements.near.disabled = false;
        form.dispatchEvent(new Event("change", { bubbles: true }));
      },
      () => {
        results.insertAdjacentHTML(
          "afterbegin",
          String(
            html`<p class="error-detail">We could not get your location. The list is as before.</p>`,
          ),
        );
      },
      { maximumAge: 600000, timeout: 15000 },
    );
  });
}
