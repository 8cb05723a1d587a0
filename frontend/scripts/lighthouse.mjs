// `make lighthouse`: Lighthouse 12 (mobile preset) with the machine's Chromium on the home
// page, a content page and a city page, plus what the home page's first view transfers.
// Prints a summary and writes it to var/lighthouse/. A measurement, not a test.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = process.argv[2] || "http://localhost:8765";
const outDir =
  process.argv[3] || join(new URL("../..", import.meta.url).pathname, "var", "lighthouse");
const pages = ["/", "/what-is-harm-reduction/", "/resource-guide/kansas-city/"];
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const rows = [];
try {
  await mkdir(outDir, { recursive: true });
  for (const path of pages) {
    // Lighthouse 12 with a newer Chromium sometimes loses the trace (NO_NAVSTART): try again.
    let result;
    for (let attempt = 1; attempt <= 3; attempt++) {
      result = await lighthouse(base + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      if (!result.lhr.runtimeError) break;
      console.log(`${path}: ${result.lhr.runtimeError.code}, attempt ${attempt} of 3`);
    }
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const requests = lhr.audits["network-requests"].details.items;
    const nonImage = requests.filter((r) => r.resourceType !== "Image");
    const kb = (items) =>
      (items.reduce((sum, r) => sum + (r.transferSize || 0), 0) / 1024).toFixed(1);
    rows.push({
      path,
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      "transfer KB (no images)": kb(nonImage),
      "transfer KB (all)": kb(requests),
      FCP: lhr.audits["first-contentful-paint"].displayValue,
      LCP: lhr.audits["largest-contentful-paint"].displayValue,
      CLS: lhr.audits["cumulative-layout-shift"].displayValue,
      TBT: lhr.audits["total-blocking-time"].displayValue,
    });
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    if (failing.length) console.log(`${path}: audits not passed: ${failing.join(", ")}`);
    await writeFile(join(outDir, `${path.replace(/\//g, "_") || "_"}.json`), result.report);
  }
} finally {
  await chrome.kill();
}
const headers = Object.keys(rows[0]);
const table = [
  `| ${headers.join(" | ")} |`,
  `| ${headers.map(() => "---").join(" | ")} |`,
  ...rows.map((row) => `| ${headers.map((h) => row[h]).join(" | ")} |`),
].join("\n");
const summary = `Lighthouse 12, mobile preset, ${base}, ${new Date().toISOString()}\n\n${table}\n`;
await writeFile(join(outDir, "summary.md"), summary);
console.log(summary);
