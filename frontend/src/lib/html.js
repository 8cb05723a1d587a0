// Building HTML strings safely: every value put into a template is escaped unless it was
// explicitly marked as already-safe markup with raw() (our own templates, sanitised rich text).

class Raw {
  constructor(value) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

export function raw(value) {
  return new Raw(value ?? "");
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function render(value) {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Raw) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(value);
}

/** html`<p>${text}</p>` escapes text; nested html`` results and raw() pass through. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new Raw(out);
}

/** A URL that is safe to put in href/src: http(s), mailto, tel, sms or a same-site path. */
export function safeUrl(value) {
  const url = String(value ?? "").trim();
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  if (/^(https?:|mailto:|tel:|sms:)/i.test(url)) return url;
  return null;
}

/**
 * A path of this site, or null: what a page may send the visitor back to. One leading slash
 * and no second one or backslash after it ("//host" and "/\host" are another site to a
 * browser), no control characters or spaces (a browser drops a tab: "/\t/host" is "//host"),
 * and it must stay on this origin once a browser has read it.
 */
export function sitePath(value) {
  const path = String(value ?? "");
  const unsafe = (ch) => ch <= " " || ch === "\u007f" || ch === "\\";
  if (!/^\/(?![/\\])/.test(path) || [...path].some(unsafe)) return null;
  const base = "http://this-site.invalid";
  try {
    const url = new URL(path, base);
    return url.origin === base ? url.pathname + url.search + url.hash : null;
  } catch {
    return null;
  }
}
