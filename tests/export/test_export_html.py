"""The HTML export is one self-contained page that a real browser draws: headless Chromium
renders it and the DOM shows the actors and the timeline."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graphkit.export import export_graph, filter_graph
from graphkit.export.html import embed_json, generate_html, view_data
from graphkit.graph import ACTOR, EVENT, PARTICIPATED_IN

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DATA_TAG = re.compile(
    r'<script type="application/json" id="graphkit-data">(.*?)</script>', re.S)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed: apt-get install -y chromium")
    pytest.skip("chromium is not installed (apt-get install -y chromium)")


def _render(page: Path, tmp_path: Path, *, screenshot: Path | None = None,
            fragment: str = "") -> str:
    """Run headless Chromium on ``page``: the DOM after scripts ran, or a screenshot."""
    args = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--virtual-time-budget=3000", "--window-size=1400,900",
    ]
    args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    done = subprocess.run(args + [page.resolve().as_uri() + fragment], capture_output=True,
                          text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _participating_actors(graph) -> set[str]:
    return {u for u, _, d in graph.edges(data=True) if d["type"] == PARTICIPATED_IN}


def _dated_events(graph) -> int:
    return sum(1 for _, d in graph.nodes(data=True) if d["label"] == EVENT and d.get("date"))


def test_page_is_self_contained_with_no_external_resources(graph):
    page = generate_html(graph)
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=', page)
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "@import" not in page and "url(" not in page


def test_embedded_json_cannot_close_its_script_tag(graph):
    page = generate_html(graph)
    blocks = DATA_TAG.findall(page)
    assert len(blocks) == 1
    assert "</" not in blocks[0] and "<!--" not in blocks[0]
    assert json.loads(blocks[0]) == json.loads(embed_json(view_data(graph)))
    titles = {a["title"] for a in json.loads(blocks[0])["articles"]}
    assert 'Macron hosts Erdogan: "frank" talks </script><b>x</b>' in titles


def test_title_is_html_escaped(graph):
    page = generate_html(graph, title="<b>Contacts</b> & more")
    assert "<title>&lt;b&gt;Contacts&lt;/b&gt; &amp; more</title>" in page


def test_view_data_links_events_to_actors_and_articles(graph):
    data = view_data(graph)
    assert len(data["actors"]) == sum(1 for _, d in graph.nodes(data=True)
                                      if d["label"] == ACTOR)
    call = next(e for e in data["events"] if e["date"] == "2024-01-11")
    assert [p["actor"] for p in call["participants"]] == ["person:recep-tayyip-erdogan",
                                                          "person:vladimir-putin"]
    assert call["reported_by"] == ["org:kremlin"]
    assert call["articles"] == ["tass-2024-01-12"]
    dates = [e["date_start"] for e in data["events"] if e["date_start"]]
    assert dates == sorted(dates)


def test_chromium_draws_every_actor_and_the_timeline(graph, tmp_path, artifacts):
    page = tmp_path / "graph.html"
    export_graph(graph, "html", page)
    dom = _render(page, tmp_path)
    assert 'data-ready="true"' in dom
    actors = _participating_actors(graph)
    assert f'data-node-count="{len(actors)}"' in dom
    assert len(re.findall(r'<circle class="actor[ "]', dom)) == len(actors)
    for actor in actors:
        assert f'data-id="{actor}"' in dom
    assert f'data-event-count="{_dated_events(graph)}"' in dom
    assert len(re.findall(r'class="event[ "]', dom)) == _dated_events(graph)
    assert "1 undated event not shown on the timeline" in dom

    shot = artifacts / "export-html-view.png"
    shot.unlink(missing_ok=True)
    _render(page, tmp_path, screenshot=shot)
    data = shot.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1400, 900)
    assert len(data) > 20_000  # a drawn page, not a blank one


def test_chromium_shows_an_events_evidence_and_source_when_opened(graph, tmp_path):
    page = tmp_path / "graph.html"
    export_graph(graph, "html", page)
    event = next(n for n, d in graph.nodes(data=True) if d.get("date") == "2024-03-04")
    dom = _render(page, tmp_path, fragment=f"#event={event}")
    details = dom.split('id="details"', 1)[1].split("</section>", 1)[0]
    assert f'data-event="{event}"' in dom
    assert "Macron met Erdoğan at the Élysée on Monday" in details
    assert "https://reuters.example/world/2" in details
    assert "Reuters" in details
    assert "&lt;/script&gt;" in details  # the title is text, not markup


def test_chromium_draws_a_filtered_graph(graph, tmp_path):
    small = filter_graph(graph, actor="lavrov")
    page = tmp_path / "lavrov.html"
    export_graph(small, "html", page)
    dom = _render(page, tmp_path)
    actors = _participating_actors(small)
    assert actors == {"person:sergey-lavrov", "person:recep-tayyip-erdogan", "country:UKR"}
    assert f'data-node-count="{len(actors)}"' in dom
    assert f'data-event-count="{_dated_events(small)}"' in dom
