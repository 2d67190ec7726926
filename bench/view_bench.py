"""The graph view at scale: layout time, page size, and time to first draw in headless Chromium.

    .venv/bin/python bench/view_bench.py [--nodes 5000]

Builds a synthetic view graph of N nodes (projects on roads with fundings, agencies in
campaigns: the shape of real builds), renders it like `kg view`, and opens it in
Debian's chromium with the network blocked.
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from kg.web.view import ViewGraph, render_html


def synthetic(n: int, seed: int = 1) -> ViewGraph:
    rnd = random.Random(seed)
    vg = ViewGraph()
    kinds = ["Road"] * 2 + ["Project"] * 4 + ["Funding"] * 3 + ["Agency"] * 2 + ["Campaign"] * 2
    for i in range(n):
        cls = kinds[i % len(kinds)]
        vg.nodes[f"urn:n{i}"] = {"class": cls, "label": f"{cls}{i}", "attrs": {}, "sentence": "一是…项目，总投资…。"}
    by = {c: [k for k, v in vg.nodes.items() if v["class"] == c] for c in set(kinds)}
    for p in by["Project"]:
        vg.edges.append((p, "onRoad", rnd.choice(by["Road"])))
    for f in by["Funding"]:
        vg.edges.append((rnd.choice(by["Project"]), "hasFunding", f))
    for c in by["Campaign"]:
        for a in rnd.sample(by["Agency"], 2):
            vg.edges.append((c, "conductedBy", a))
    return vg


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=5000)
    args = ap.parse_args()
    vg = synthetic(args.nodes)
    started = time.perf_counter()
    page = render_html(vg)
    render_s = time.perf_counter() - started
    out = Path(tempfile.mkdtemp()) / "view.html"
    out.write_text(page, encoding="utf-8")
    print(f"nodes {len(vg.nodes)}, edges {len(vg.edges)}; layout+render {render_s:.1f} s; page {len(page) / 1e6:.1f} MB")
    chromium = shutil.which("chromium")
    if not chromium:
        print("chromium not installed: skipping the draw measurement")
        return
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        tab = browser.new_page()
        tab.route("http*://**", lambda r: r.abort())
        started = time.perf_counter()
        tab.goto(out.as_uri())
        tab.wait_for_function("window.kgReady === true", timeout=300_000)
        tab.evaluate("new Promise(r => { network.once('afterDrawing', r); network.redraw(); })")
        print(f"first draw in headless chromium: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        tab.fill("#kg-search", "Project13")
        tab.press("#kg-search", "Enter")
        tab.wait_for_selector("#kg-panel:not([hidden])")
        print(f"search and focus: {time.perf_counter() - started:.2f} s")
        browser.close()


if __name__ == "__main__":
    main()
