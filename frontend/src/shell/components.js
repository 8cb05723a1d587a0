// The two behaviours the markup asks for, in plain script: disclosures (the phone "Menu"
// button, a section's submenu) and videos that load only on Play. Listeners sit on the
// document, so markup the server drew and markup drawn here later work alike.
//
// Markup contract:
//   [data-disclosure]                 a button and the list it shows; data-disclosure="outside"
//                                     also closes on a click outside it
//     button[data-disclosure-toggle]  aria-expanded="true|false", aria-controls="<list id>"
//   the list (by id)                  gets the class is-open while shown
//   figure[data-video]                data-embed (https only), data-title
//     a[data-video-play]              a link to the video's page; a click makes the iframe inside
//                                     .video__frame instead; the figure gets is-playing, which
//                                     hides the placeholder

function toggleOf(root) {
  return root.querySelector("[data-disclosure-toggle]");
}

function isOpen(root) {
  return toggleOf(root)?.getAttribute("aria-expanded") === "true";
}

export function setOpen(root, open) {
  const button = toggleOf(root);
  if (!button) return;
  button.setAttribute("aria-expanded", open ? "true" : "false");
  const panel = root.ownerDocument.getElementById(button.getAttribute("aria-controls"));
  panel?.classList.toggle("is-open", open);
}

function openDisclosures(doc) {
  return [...doc.querySelectorAll("[data-disclosure]")].filter(isOpen);
}

/** Closes the disclosures around element, innermost first; focus ends on the last toggle. */
function closeAround(element) {
  for (let root = element.closest("[data-disclosure]"); root; ) {
    if (isOpen(root)) {
      setOpen(root, false);
      toggleOf(root)?.focus();
    }
    root = root.parentElement?.closest("[data-disclosure]");
  }
}

export function playVideo(figure) {
  const src = figure.dataset.embed;
  if (!src || !/^https:\/\//.test(src) || figure.classList.contains("is-playing")) return;
  const doc = figure.ownerDocument;
  const frame = doc.createElement("iframe");
  frame.src = src;
  frame.title = figure.dataset.title || "Video";
  frame.allow = "autoplay; fullscreen; picture-in-picture";
  frame.referrerPolicy = "no-referrer";
  frame.setAttribute("allowfullscreen", "");
  figure.querySelector(".video__frame").append(frame);
  figure.classList.add("is-playing");
  frame.focus();
}

/** A tap on a disclosure's button opens or closes it. The inline boot script wires this, so
 * that "Menu" works from the first paint, before the app has come on a slow line; written
 * small, as every byte of it is in every page's first response. */
export function setupToggles(doc = document) {
  doc.addEventListener("click", (event) => {
    const button = event.target.closest?.("[data-disclosure-toggle]");
    if (!button) return;
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", open);
    doc.getElementById(button.getAttribute("aria-controls"))?.classList.toggle("is-open", open);
  });
}

/** The rest, wired by the app: a disclosure closes on a click outside it (when it asks to),
 * on Escape and on the next page; a video loads on Play. */
export function setupComponents(win = window) {
  const doc = win.document;
  doc.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof win.Element)) return;
    for (const root of openDisclosures(doc)) {
      if (root.dataset.disclosure === "outside" && !root.contains(target)) setOpen(root, false);
    }
    const play = target.closest("[data-video-play]");
    const figure = play?.closest("[data-video]");
    // Play is a link to the video's page: a plain click plays it here instead; a click with a
    // modifier key (a new tab) is the browser's.
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
    if (figure && plain && !event.altKey && figure.dataset.embed) {
      event.preventDefault();
      playVideo(figure);
    }
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !(event.target instanceof win.Element)) return;
    closeAround(event.target);
  });
  win.addEventListener("turnto-navigated", () => {
    for (const root of openDisclosures(doc)) setOpen(root, false);
  });
}
