// The directory's map view. Downloaded only when a visitor asks for the map, and offered only
// when the site names a tile server: until then no map service hears from the visitor.
import L from "leaflet";
import { html } from "../lib/html.js";

let stylesheet = null;
function loadStyles() {
  const href = document.querySelector('meta[name="turnto-map-css"]')?.content;
  if (!href || stylesheet) return stylesheet ?? Promise.resolve();
  stylesheet = new Promise((resolve) => {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
    link.addEventListener("load", resolve);
    link.addEventListener("error", resolve);
    document.head.append(link);
  });
  return stylesheet;
}

/** A map in `box` with one marker per listing that has a place; returns its updater. */
export async function showMap(box, config, listings) {
  await loadStyles();
  const map = L.map(box, { scrollWheelZoom: false });
  L.tileLayer(config.tile_url, {
    attribution: config.attribution || "",
    maxZoom: 18,
    referrerPolicy: "no-referrer",
  }).addTo(map);
  const markers = L.layerGroup().addTo(map);
  // Example places sit at real coordinates: they are left off the map, and the map says so.
  const note = Object.assign(document.createElement("p"), { className: "directory__map-note" });
  box.before(note);
  const update = (items) => {
    markers.clearLayers();
    const points = [];
    const examples = items.filter((listing) => listing.location?.is_example).length;
    note.hidden = !examples;
    note.textContent = `${examples} example ${examples === 1 ? "place is" : "places are"} not on the map.`;
    for (const listing of items) {
      const place = listing.location;
      if (place?.latitude == null || place?.longitude == null || place.is_example) continue;
      const point = [place.latitude, place.longitude];
      points.push(point);
      // Vector markers: no marker images to fetch. The popup is the same card as the list.
      L.circleMarker(point, { radius: 9, color: "#0b4f5c", weight: 2, fillOpacity: 0.8 })
        .bindPopup(
          String(html`<strong>${listing.name}</strong><br>${listing.status_now?.text || ""}`),
        )
        .addTo(markers);
    }
    if (points.length) map.fitBounds(points, { padding: [24, 24], maxZoom: 14 });
    else map.setView([38.6, -92.5], 6);
  };
  update(listings);
  return update;
}
