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

// A template's own indentation (the source's, never a value's) is kept to one line break: the
// browser shows the same, and a city page's first response, which must fit the first 14 KB a
// phone receives, is smaller. Worked out once per template (its strings are the same array at
// every call).
const compacted = new WeakMap();
function compact(strings) {
  let parts = compacted.get(strings);
  if (!parts) {
    parts = strings.map((part) => part.replace(/\n[ \t]+/g, "\n"));
    compacted.set(strings, parts);
  }
  return parts;
}

/** html`<p>${text}</p>` escapes text; nested html`` results and raw() pass through. */
export function html(strings, ...values) {
  const parts = compact(strings);
  let out = parts[0];
  values.forEach((value, i) => {
    out += render(value) + parts[i + 1];
  });
  return new Raw(out);
}

/** A value as JSON in a single-quoted attribute (data-x='{"a":1}'): read back with
 * JSON.parse(element.dataset.x), and shorter than a double-quoted one, every quote of
 * which would be written "&quot;". No "<" is left in it, as in any other markup we write. */
export function jsonAttribute(value) {
  const json = JSON.stringify(value).replace(/</g, "\\u003c").replace(/&/g, "&amp;");
  return raw(`'${json.replace(/'/g, "&#39;")}'`);
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
