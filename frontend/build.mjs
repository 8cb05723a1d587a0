// Bundles the single-page site into dist/: index.html at the root (any static host can serve
// it with an SPA fallback) and content-hashed assets under dist/static/spa/, each with
// precompressed .gz and .br copies so the server can send them compressed without work.

import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build, transform } from "esbuild";

const root = new URL(".", import.meta.url).pathname;
const dist = process.env.TURNTO_DIST || join(root, "dist");
const assets = join(dist, "static", "spa");
const publicPath = "/static/spa/";

await rm(dist, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

const result = await build({
  entryPoints: {
    app: join(root, "src/main.js"), // imported by the inline boot script after the first paint
    forget: join(root, "src/offline/forget.js"), // imported by the quick exit when it is used
    map: join(root, "styles/map.css"), // loaded only with the map
  },
  bundle: true,
  splitting: true, // the app is loaded after the first paint, htmx only when a form appears
  format: "esm",
  minify: true,
  sourcemap: false,
  target: "es2022",
  outdir: assets,
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  assetNames: "[name]-[hash]",
  publicPath,
  metafile: true,
  legalComments: "none",
  loader: { ".png": "file", ".svg": "file" },
  logLevel: "warning",
});

const outputs = Object.entries(result.metafile.outputs);
const entry = (name) => {
  const found = outputs.find(([, meta]) => meta.entryPoint?.endsWith(name));
  return publicPath + found[0].split("/").pop();
};

// Where the quick exit finds the deletion's code (shell/quick-exit.js), in every build of it.
const forgetAddress = { __TURNTO_FORGET__: JSON.stringify(entry("src/offline/forget.js")) };

// The page's first script (src/boot.js: the quick exit, the controls that need script), whole,
// to go inline: a file, and the chunks it shares with the app, would each be a request, and
// one round trip more, before the first paint. Small (about 600 B compressed); its few
// modules are in the app's bundle too, but the app never runs them twice.
const bootBuild = await build({
  entryPoints: [join(root, "src/boot.js")],
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  write: false,
  define: { __TURNTO_APP__: JSON.stringify(entry("src/main.js")), ...forgetAddress },
  external: [entry("src/main.js"), entry("src/offline/forget.js")], // imported by address
  legalComments: "none",
  logLevel: "warning",
});
const bootScript = bootBuild.outputFiles[0].text.trim();
if (/<\/script|<!--/i.test(bootScript)) throw new Error("boot.js cannot go inline as it is");

for (const file of await readdir(join(root, "public"))) {
  await copyFile(join(root, "public", file), join(dist, file));
}
const iconHash = createHash("sha256")
  .update(await readFile(join(root, "public/icon.svg")))
  .digest("hex")
  .slice(0, 8);
await copyFile(join(root, "public/icon.svg"), join(assets, `icon-${iconHash}.svg`));
// The noscript rule, a file of its own (index.html links it from a <noscript>).
const noscriptCss = await readFile(join(root, "styles/noscript.css"));
const noscriptHash = createHash("sha256").update(noscriptCss).digest("hex").slice(0, 8);
await writeFile(join(assets, `noscript-${noscriptHash}.css`), noscriptCss);

const attr = (value) => String(value ?? "").replace(/[&"<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
let html = await readFile(join(root, "index.html"), "utf8");
html = html
  .replace(
    '<meta name="turnto-api" content="">',
    `<meta name="turnto-api" content="${attr(process.env.TURNTO_API_URL)}">`,
  )
  .replace(
    '<meta name="turnto-site" content="">',
    `<meta name="turnto-site" content="${attr(process.env.TURNTO_SITE)}">`,
  )
  .replace(
    '<script type="module" src="/src/boot.js"></script>',
    () => `<script type="module">${bootScript}</script>`,
  )
  .replace(
    '<meta name="turnto-map-css" content="">',
    `<meta name="turnto-map-css" content="${entry("styles/map.css")}">`,
  )
  .replace("/public/icon.svg", `${publicPath}icon-${iconHash}.svg`)
  .replace('href="/styles/noscript.css"', `href="${publicPath}noscript-${noscriptHash}.css"`);
// The stylesheet, inline: it arrives with the page, so nothing is requested before the first
// paint and nothing moves when a later stylesheet lands (a part left for later restyled what
// the first paint had drawn: layout shift). critical.css (the shell, the hero, the crisis bar)
// first, then main.css (blocks, listings, forms); only the map's styles are loaded later, with
// the map. The hash of each inline style goes in the Content-Security-Policy (style-src):
// dist/csp-hashes.json, read by backend/turnto/core/middleware.py, and dist/csp-style.map,
// which the nginx template (deploy/nginx/turnto.conf.template) includes.
const styles = await Promise.all(
  ["styles/critical.css", "styles/main.css", "styles/offline.css"].map((name) =>
    readFile(join(root, name), "utf8"),
  ),
);
const critical = (
  await transform(styles.join("\n"), {
    loader: "css",
    minify: true,
    target: "chrome100",
    legalComments: "none",
  })
).code.trim();
html = html.replace(
  '<link rel="stylesheet" href="/styles/critical.css">',
  () => `<style>${critical}</style>`,
);
const cspHash = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const styleHashes = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, text]) => cspHash(text));
const scriptHashes = [cspHash(bootScript)];
await writeFile(
  join(dist, "csp-hashes.json"),
  `${JSON.stringify({ "style-src": styleHashes, "script-src": scriptHashes })}\n`,
);
// The same hashes for nginx, which includes these files in the policy it sends with the files
// it serves itself (deploy/nginx/turnto.conf.template): nothing to copy by hand after a build.
await writeFile(join(dist, "csp-style.map"), `default "${styleHashes.join(" ")}";\n`);
await writeFile(join(dist, "csp-script.map"), `default "${scriptHashes.join(" ")}";\n`);
await writeFile(join(dist, "index.html"), html);

// The offline page's script (the quick exit), on its own file: the offline page is the
// backend's (website/offline.py), and its policy allows no inline script.
const offlineBuild = await build({
  entryPoints: { offline: join(root, "src/offline/page.js") },
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  define: forgetAddress,
  external: [entry("src/offline/forget.js")],
  outdir: assets,
  entryNames: "[name]-[hash]",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});
const offlineScript = publicPath + Object.keys(offlineBuild.metafile.outputs)[0].split("/").pop();

// The service worker, at the site's root (its scope is the whole site), with Workbox bundled
// in. It precaches what a page needs to be drawn: the hashed scripts and styles, but not the
// map (Leaflet) nor htmx (forms that need the network anyway).
const notPrecached = /node_modules\/(leaflet|htmx\.org)\//;
const precache = outputs
  .filter(([path, meta]) => {
    if (!/\.(js|css)$/.test(path) || /\/map-[^/]*\.css$/.test(path)) return false;
    return !Object.keys(meta.inputs).some((input) => notPrecached.test(input));
  })
  .map(([path]) => ({ url: publicPath + path.split("/").pop(), revision: null }));
precache.push(
  { url: `${publicPath}icon-${iconHash}.svg`, revision: null },
  { url: offlineScript, revision: null },
);
const swBuild = await build({
  entryPoints: [join(root, "src/offline/sw.js")],
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2022",
  outfile: join(dist, "sw.js"),
  define: {
    "self.__WB_MANIFEST": JSON.stringify(precache),
    "process.env.NODE_ENV": '"production"', // Workbox's development logging left out
  },
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});
const swBytes = Object.values(swBuild.metafile.outputs)[0].bytes;

// Precompressed copies of every text file.
async function compressAll(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await compressAll(path);
    else if (/\.(js|css|html|svg|txt)$/.test(entry.name)) {
      const data = await readFile(path);
      await writeFile(`${path}.gz`, gzipSync(data, { level: 9 }));
      await writeFile(
        `${path}.br`,
        brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
  }
}
await compressAll(dist);

// On the server, rich text is cleaned by the backend: src/server/sanitize.js stands in for
// src/lib/sanitize.js (see there why).
const serverSanitizer = {
  name: "server-sanitizer",
  setup(server) {
    server.onResolve({ filter: /\/lib\/sanitize\.js$/ }, () => ({
      path: join(root, "src/server/sanitize.js"),
    }));
  },
};

// The server's first view (src/server.js): the same renderers in one script for the backend's
// embedded V8 (backend/turnto/website/first_view.py), outside dist/ so no one is served it.
const serverDist = `${dist}-server`;
await rm(serverDist, { recursive: true, force: true });
const serverBuild = await build({
  entryPoints: [join(root, "src/server.js")],
  bundle: true,
  format: "iife",
  globalName: "turnto",
  platform: "browser",
  minify: true,
  target: "es2022",
  outfile: join(serverDist, "render.js"),
  external: ["canvas"], // linkedom's optional <canvas>: its own fallback is used
  plugins: [serverSanitizer],
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});
const serverBytes = Object.values(serverBuild.metafile.outputs)[0].bytes;
// What the backend's own pages need of the build (/offline/: its script, and its own rules,
// which go inline there only; website/offline.py allows them by their hash).
const offlineStyles = (
  await transform(await readFile(join(root, "styles/offline-page.css"), "utf8"), {
    loader: "css",
    minify: true,
    target: "chrome100",
    legalComments: "none",
  })
).code.trim();
await writeFile(
  join(serverDist, "assets.json"),
  JSON.stringify({ offline_script: offlineScript, offline_styles: offlineStyles }),
);

const sizes = outputs.map(([path, meta]) => `${path.split("/").pop()} ${meta.bytes} B`);
console.log(
  `Built dist/: ${sizes.join(", ")}; sw.js ${swBytes} B (precaches ${precache.length}); ` +
    `dist-server/render.js ${serverBytes} B`,
);
console.log(
  `Inline styles (CSP style-src): ${styleHashes.join(" ")}; inline CSS ${critical.length} B; ` +
    `inline script (script-src) ${scriptHashes.join(" ")}, ${bootScript.length} B`,
);
