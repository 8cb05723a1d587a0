#!/usr/bin/env python3
"""`make lighthouse`: Lighthouse on the site served the production way.

Starts the compose file's stack on loopback (tests.support.servers.production_stack): the
backend container's start on a fresh SQLite file (migrate, collectstatic, the demo sites for
nginx's port), gunicorn with production settings and deploy/gunicorn.conf.py, and Debian's
nginx configured from deploy/nginx/turnto.conf.template in front, on free ports; both are
stopped at the end, however it ends. Every request carries X-Forwarded-Proto: https, as the
load balancer in front of nginx sends it, so the answers are production's to the byte (HSTS
included); only the redirect of plain http is off, for Lighthouse's own fetch of robots.txt.

After warming every gunicorn worker, it measures what nginx sends for three pages (the first
response, compressed as a browser asks for it, and the stylesheet), then runs
frontend/scripts/lighthouse.mjs (mobile preset, default simulated throttling, the median of
--runs runs). Prints the figures against the goals; the reports and summary.md are in
var/lighthouse/. A measurement, not a test: it exits 0 whatever the scores, 1 if it could
not measure.
"""

import argparse
import gzip
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.support.servers import (  # noqa: E402 - the repository's root is on the path now
    ServerDidNotStart,
    nginx_binary,
    production_stack,
)

PAGES = [
    "/",
    "/what-is-harm-reduction/",
    "/resource-guide/kansas-city/",
    "/resource-guide/",
    # The same goals in Spanish (a Spanish visitor's first view is drawn the same way).
    "/es/",
    "/es/que-es-la-reduccion-de-danos/",
    "/es/guia-de-recursos/kansas-city/",
]
# What the load balancer adds, and what a browser asks for over HTTPS. Pages come from the
# backend's cache already compressed (brotli when offered: core.api_cache); nginx passes them
# on and compresses the rest with gzip (no brotli module in the nginx image).
FORWARDED = {"X-Forwarded-Proto": "https"}
BROWSER = {**FORWARDED, "Accept-Encoding": "gzip, deflate, br"}
FIRST_RESPONSE_GOAL = 14 * 1024  # what the first round trip can carry (10 TCP segments)
GOALS = {
    "performance": (">=", 98),
    "lcp": ("<=", 1.0),
    "cls": ("<=", 0),
    "tbt": ("<=", 50),
    "accessibility": (">=", 100),
    "seo": (">=", 100),
    "bestPractices": (">=", 100),
}


def fetch(url, headers):
    """(status, body unpacked) of one GET."""
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        raw = response.read()
        unpack = {"gzip": gzip.decompress, "br": brotli.decompress}
        body = unpack.get(response.headers["Content-Encoding"], bytes)(raw)
        return response.status, body


def curl_sizes(url):
    """What curl counts for one GET as a browser sends it: header and body bytes on the wire
    (the body compressed, as nginx sends it) and what nginx chose to compress with."""
    command = [
        "curl",
        "-sS",
        "-o",
        "/dev/null",
        "-D",
        "-",
        "-w",
        r"\n%{size_header} %{size_download}",
    ]
    for name, value in BROWSER.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, url], check=True, capture_output=True, text=True
    ).stdout.strip()
    header_size, body_size = map(int, output.splitlines()[-1].split())
    encoding = re.search(r"^content-encoding:\s*(\S+)", output, re.I | re.M)
    return header_size, body_size, encoding.group(1) if encoding else "none"


def warm(url, rounds):
    """Each page asked for `rounds` times: every gunicorn worker has loaded the renderers' V8
    bundle and cached the page, as on a site that has been up for a while."""
    for _ in range(rounds):
        for path in PAGES:
            fetch(url + path, BROWSER)


def measure_sizes(url):
    sizes = {}
    for path in PAGES:
        status, body = fetch(url + path, BROWSER)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        header_size, body_size, encoding = curl_sizes(url + path)
        html = body.decode()
        # The stylesheets a browser with script asks for (not the <noscript> one).
        stylesheets = re.findall(r'(?<!<noscript>)<link rel="stylesheet" href="([^"]+)"', html)
        inline_css = sum(len(s) for s in re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
        css_sent = css_raw = 0
        for href in stylesheets:
            css_sent += curl_sizes(url + href)[1]
            css_raw += len(fetch(url + href, FORWARDED)[1])
        sizes[path] = {
            "encoding": encoding,
            "headerBytes": header_size,
            "bodyBytes": body_size,
            "firstResponseBytes": header_size + body_size,
            "htmlBytes": len(body),
            "stylesheets": stylesheets,
            "cssSentBytes": css_sent,
            "cssBytes": css_raw,
            "inlineCssBytes": inline_css,
        }
    return sizes


def run_lighthouse(url, out_dir, runs):
    command = ["node", "scripts/lighthouse.mjs", url, str(out_dir), "--runs", str(runs)]
    for path in PAGES:
        command += ["--page", path]
    for name, value in FORWARDED.items():
        command += ["--header", f"{name}: {value}"]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    node = subprocess.Popen(command, cwd=ROOT / "frontend", env=env)
    try:
        node.wait()
    finally:
        if node.poll() is None:  # interrupted: chrome-launcher closes Chromium on SIGINT
            node.send_signal(signal.SIGINT)
            try:
                node.wait(timeout=15)
            except subprocess.TimeoutExpired:
                node.kill()
                node.wait()
    if node.returncode:
        raise RuntimeError(f"lighthouse.mjs exited with {node.returncode}")
    return json.loads((out_dir / "results.json").read_text())


def met(key, value):
    relation, goal = GOALS[key]
    return value >= goal if relation == ">=" else value <= goal


def report(results, sizes, started, load):
    def mark(key, value, text):
        return text if met(key, value) else f"**{text}** ✗"

    lines = [
        f"Lighthouse 12, mobile preset (simulated throttling), median of {results['runs']} runs; "
        f"gunicorn (production settings) behind nginx (deploy template); {os.cpu_count()} cores, "
        f"load average {load[0]:.1f} before and {load[1]:.1f} after; {started:%Y-%m-%d %H:%M} UTC",
        "",
        "| page | performance | LCP s | CLS | TBT ms | accessibility | SEO | best practices "
        "| first response B (gzip) | CSS B (gzip / raw) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    not_met = []
    for row in results["rows"]:
        size = sizes[row["path"]]
        first = size["firstResponseBytes"]
        cells = [
            mark("performance", row["performance"], str(row["performance"])),
            mark("lcp", row["lcp"], f"{row['lcp']:.2f}"),
            mark("cls", round(row["cls"], 3), f"{row['cls']:.3f}"),
            mark("tbt", row["tbt"], str(round(row["tbt"]))),
            mark("accessibility", row["accessibility"], str(row["accessibility"])),
            mark("seo", row["seo"], str(row["seo"])),
            mark("bestPractices", row["bestPractices"], str(row["bestPractices"])),
            f"{first:,}" if first <= FIRST_RESPONSE_GOAL else f"**{first:,}** ✗",
            f"{size['cssSentBytes']:,} / {size['cssBytes']:,}",
        ]
        lines.append(f"| {row['path']} | " + " | ".join(cells) + " |")
        for key in GOALS:
            value = round(row[key], {"cls": 3, "lcp": 2}.get(key, 0))
            if not met(key, value):
                relation, goal = GOALS[key]
                not_met.append(f"{row['path']} {key} {value:g} (goal {relation} {goal})")
        if first > FIRST_RESPONSE_GOAL:
            not_met.append(
                f"{row['path']} first response {first} B (goal <= {FIRST_RESPONSE_GOAL})"
            )
    lines += [
        "| goal | ≥ 98 | ≤ 1.0 | 0 | ≤ 50 | 100 | 100 | 100 | ≤ 14,336 | |",
        "",
        "First response: the page's status line, headers and body as nginx sends them to a "
        "browser that accepts gzip and br (pages as the cache keeps them: "
        + ", ".join(sorted({s["encoding"] for s in sizes.values()}))
        + "); HTML unpacked: "
        + ", ".join(f"{p} {s['htmlBytes']:,} B" for p, s in sizes.items())
        + ". CSS: the page's stylesheets ("
        + ", ".join(sorted({h for s in sizes.values() for h in s["stylesheets"]}))
        + "), as sent / unpacked; inline <style>: "
        + ", ".join(f"{s['inlineCssBytes']} B" for s in sizes.values())
        + ".",
        "",
        "Goals not met: " + ("; ".join(not_met) if not_met else "none"),
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="Lighthouse runs per page (median)")
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "lighthouse")
    parser.add_argument("--warm", type=int, default=20, help="requests per page before")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # in order with node's output
    if not nginx_binary():
        sys.exit("Debian's nginx is not installed: `make nginx` installs it.")
    if not (ROOT / "frontend" / "dist" / "index.html").exists():
        sys.exit("The front end is not built: `make frontend`.")
    # A terminated run still stops its servers (the with-block's finally).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    args.out.mkdir(parents=True, exist_ok=True)
    started = datetime.now(UTC)
    load_before = os.getloadavg()[0]
    if load_before > (os.cpu_count() or 1):
        print(
            f"Note: the machine is busy (load average {load_before:.1f} on {os.cpu_count()} "
            "cores): Lighthouse's CPU figures (TBT, and LCP through them) will vary more."
        )
    with tempfile.TemporaryDirectory(prefix="turnto-lighthouse-") as work:
        print("Starting gunicorn (production settings) and nginx on a fresh database...")
        try:
            # Lighthouse fetches robots.txt on its own, without the extra header: no redirect
            # to https, so it gets the file (every other request says https).
            with production_stack(Path(work) / "stack", ssl_redirect=False) as stack:
                url = stack["url"]
                print(f"Serving on {url}; warming the workers...")
                warm(url, args.warm)
                sizes = measure_sizes(url)
                results = run_lighthouse(url, args.out, args.runs)
        except ServerDidNotStart as problem:
            sys.exit(f"The stack did not start: {problem}")
    text = report(results, sizes, started, (load_before, os.getloadavg()[0]))
    (args.out / "results.json").write_text(json.dumps({**results, "sizes": sizes}, indent=2) + "\n")
    summary = (args.out / "summary.md").read_text()
    (args.out / "summary.md").write_text(text + "\n\n## Lighthouse's details\n\n" + summary)
    print(text)
    print(f"\nReports: {args.out}/*.report.html, summary.md")


if __name__ == "__main__":
    main()
