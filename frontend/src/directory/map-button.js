// "Show on a map": the button of the directory filters. The map itself (map.js, with Leaflet)
// downloads on the first click.
import { shown } from "./results.js";

/** "Show on a map", offered only when the site has a tile server; the map code and its
 * styles download on the first click. `loadListings`: where the server drew the list, the
 * listings' data is asked for only now, when the map needs it. */
export function wireMap(form, shell, loadListings = null) {
  const config = shell?.map;
  const control = form.querySelector("[data-map-control]");
  const box = document.getElementById("directory-map");
  shown.onChange = null; // a new page has a new map box
  if (!config?.tile_url || !control || !box) return;
  control.hidden = false;
  const button = control.querySelector("button");
  button.addEventListener("click", async () => {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Hide the map" : "Show on a map";
    if (!open || shown.onChange) return;
    if (loadListings && !shown.listings.length) await loadListings();
    const { showMap } = await import("./map.js");
    shown.onChange = await showMap(box, config, shown.listings);
  });
}
