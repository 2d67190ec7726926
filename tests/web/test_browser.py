"""A real browser (Debian's chromium through Playwright) on the web app, with the network blocked."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _page(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith(server):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()
    page.route("**/*", route)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, outside, errors


def test_query_graph_entity_journey(browser, server):
    ARTIFACTS.mkdir(exist_ok=True)
    page, outside, errors = _page(browser, server)
    page.goto(server + "/")
    page.select_option("#saved", label=next(o for o in page.locator("#saved option").all_text_contents()
                                            if o.startswith("projects_on_road")))
    page.click("#run")
    page.wait_for_selector("#results table")
    assert page.locator("#results td", has_text="G6512秀从高速公路(新晃段)项目").count() == 1
    page.screenshot(path=str(ARTIFACTS / "query.png"))

    page.click("#as-graph")
    page.wait_for_function("window.kgReady === true")
    page.fill("#kg-search", "G6512")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-link:not([hidden])")
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    page.click("#kg-link")

    page.wait_for_selector("#sources .sentence")
    assert page.locator("#entity-label").inner_text().startswith("G6512")
    assert "总投资约63亿元" in page.locator("#sources").inner_text()
    assert "003_bed8bd81fa4e488e.txt" in page.locator("#sources").inner_text()
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)
    assert outside == [] and errors == []


def test_built_view_opens_offline(browser, sample_build):
    page, outside, errors = _page(browser, "file://")
    page.goto((sample_build[0] / "graph.html").as_uri())
    page.wait_for_function("window.kgReady === true")
    assert page.evaluate("nodes.length") > 100
    page.fill("#kg-search", "沪昆")
    page.press("#kg-search", "Enter")
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert "沪昆" in page.locator("#kg-title").inner_text()
    assert outside == [] and errors == []


def test_hostile_report_text_shows_as_text(browser, tmp_path):
    from kg.build.runner import build
    from tests.build.test_robustness import HOSTILE
    from tests.conftest import running_server

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out")
    with running_server(tmp_path / "out" / "graph.ttl") as url:
        page, outside, errors = _page(browser, url)
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "/")
        page.fill("#editor", "SELECT ?d ?l WHERE { { ?d a kgo:Document } UNION { ?d a kgo:Campaign } ?d rdfs:label ?l }")
        page.click("#run")
        page.wait_for_selector("#results table")
        results = page.locator("#results").inner_text()
        assert '<script>alert("kg")</script>' in results and "“<b>治超</b>”" in results
        page.locator("#results a").first.click()
        page.wait_for_selector("#entity-label")
        shown = page.locator("body").inner_text()
        assert '<script>alert("kg")</script>' in shown or "<b>治超</b>" in shown
        page.goto(url + "/graph")
        page.wait_for_function("window.kgReady === true")
        assert dialogs == [] and errors == [] and outside == []
    view, outside, errors = _page(browser, "file://")
    view.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    view.goto((tmp_path / "out" / "graph.html").as_uri())
    view.wait_for_function("window.kgReady === true")
    labels = view.evaluate("nodes.get().map(function(n){ return n.label; })")
    assert any("<b>治超</b>" in label for label in labels)
    view.screenshot(path=str(ARTIFACTS / "hostile.png"))
    assert dialogs == [] and errors == [] and outside == []


def test_built_view_links_every_entity_with_readable_labels(browser, sample_build):
    """The sample's graph.html as a user first sees it: every entity linked (to its report at least), labels at
    least ``MIN_LABEL_PX`` on screen in a CJK font, a screen's worth of them in view (read through vis's API)."""
    from kg.web.view import MIN_LABEL_PX

    ARTIFACTS.mkdir(exist_ok=True)
    page, outside, errors = _page(browser, "file://")
    page.goto((sample_build[0] / "graph.html").as_uri())
    page.wait_for_function("window.kgSettled === true", timeout=60_000)
    isolated = page.evaluate("nodes.getIds().filter(function(id){ return network.getConnectedEdges(id).length === 0; })")
    assert isolated == []
    shown = page.evaluate("""(function(){
        var scale = network.getScale(), box = document.getElementById('mynetwork').getBoundingClientRect();
        var low = network.DOMtoCanvas({x: 0, y: 0}), high = network.DOMtoCanvas({x: box.width, y: box.height});
        var at = network.getPositions();
        return nodes.getIds().map(function(id){
            var font = network.body.nodes[id].options.font, p = at[id];
            return {px: font.size * scale, face: font.face, cls: nodes.get(id).cls,
                    inView: p.x >= low.x && p.x <= high.x && p.y >= low.y && p.y <= high.y};
        });
    })()""")
    assert min(n["px"] for n in shown) >= MIN_LABEL_PX
    assert all("WenQuanYi" in n["face"] and "Noto Sans CJK SC" in n["face"] for n in shown)
    in_view = [n for n in shown if n["inView"]]
    assert len(in_view) >= 20 and any(n["cls"] == "Document" for n in in_view)
    page.screenshot(path=str(ARTIFACTS / "view.png"))
    assert outside == [] and errors == []
