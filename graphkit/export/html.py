"""One self-contained HTML page: the actor graph, a timeline, filters and evidence.

The page needs no network: its CSS and JavaScript (a small force-directed layout drawn in
SVG, written for graphkit, no library) are inside the file, and the data is embedded as JSON
in ``<script type="application/json" id="graphkit-data">`` with ``<``, ``>`` and ``&``
escaped as ``\\u003c``... so no text in the data can close the tag.

What it shows:

- actors who took part in the visible events, sized by their event count and coloured by
  country; a line between two actors per event type they share, coloured by type and
  labelled with the type and count;
- a timeline of the visible dated events, one lane per type (a dot for a day, a bar for a
  month or a year);
- filters by event type, modality and date range;
- on click: an event's type, date, actors, evidence sentence and source articles (title,
  outlet, url); an actor's or a link's events.

Elements tests and scripts can rely on: ``svg#actor-graph[data-node-count]`` with one
``circle.actor`` per actor, ``svg#timeline[data-event-count]`` with one ``.event`` mark per
dated event, ``#details``, and ``body[data-ready="true"]`` once drawn.

Example::

    write_html(store.to_networkx(), "graph.html", title="Contacts 2024")
"""

from __future__ import annotations

import html as html_lib
import json
from typing import Any

import networkx as nx

from graphkit.export._common import Output, write_text
from graphkit.export._html_template import TEMPLATE
from graphkit.graph import ACTOR, ARTICLE, EVENT, MENTIONED_IN, PARTICIPATED_IN, REPORTED

_EVENT_FIELDS = ("type", "subtype", "date", "date_precision", "date_start", "date_end",
                 "date_text", "modality", "confidence", "evidence", "cameo", "plover")


def view_data(graph: nx.MultiDiGraph, title: str = "graphkit") -> dict[str, Any]:
    """The data the page draws: actors, events (with participants and articles), articles.

    Args:
        graph: a graph in graphkit's shape.
        title: the page title.

    Returns:
        A JSON-serialisable dict (``title``, ``actors``, ``events``, ``articles``), events
        sorted by date then id, actors and articles by id.
    """
    actors, events, articles = {}, {}, {}
    for node, data in graph.nodes(data=True):
        label = data.get("label")
        if label == ACTOR:
            actors[str(node)] = {k: data.get(k) for k in ("name", "kind", "country", "office",
                                                          "organisation", "wikidata")}
            actors[str(node)]["id"] = str(node)
            actors[str(node)]["name"] = data.get("name") or str(node)
        elif label == ARTICLE:
            articles[str(node)] = {"id": str(node), **{k: data.get(k) for k in (
                "title", "outlet", "url", "published")}}
        elif label == EVENT:
            events[str(node)] = {"id": str(node), **{k: data.get(k) for k in _EVENT_FIELDS},
                                 "participants": [], "reported_by": [], "articles": []}
    for u, v, data in graph.edges(data=True):
        rel_type, u, v = data.get("type"), str(u), str(v)
        if rel_type == PARTICIPATED_IN and v in events and u in actors:
            events[v]["participants"].append({"actor": u, "role": data.get("role")})
        elif rel_type == REPORTED and v in events and u in actors:
            events[v]["reported_by"].append(u)
        elif rel_type == MENTIONED_IN and u in events and v in articles:
            events[u]["articles"].append(v)
    for event in events.values():
        event["participants"].sort(key=lambda p: (p["actor"], p["role"] or ""))
        event["reported_by"] = sorted(set(event["reported_by"]))
        event["articles"] = sorted(set(event["articles"]))
    ordered = sorted(events.values(), key=lambda e: (e.get("date_start") or "9999", e["id"]))
    return {
        "title": title,
        "actors": [actors[k] for k in sorted(actors)],
        "events": ordered,
        "articles": [articles[k] for k in sorted(articles)],
    }


def embed_json(data: Any) -> str:
    """``data`` as JSON safe inside a ``<script>`` element (no ``</script>``, no ``<!--``)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def generate_html(graph: nx.MultiDiGraph, title: str = "graphkit") -> str:
    """The whole HTML page for ``graph``.

    Args:
        graph: a graph in graphkit's shape.
        title: the page's title and heading.

    Returns:
        The page as one string.
    """
    head, tail = TEMPLATE.split("__GRAPHKIT_DATA__")
    escaped = html_lib.escape(title)
    return (head.replace("__GRAPHKIT_TITLE__", escaped) + embed_json(view_data(graph, title))
            + tail.replace("__GRAPHKIT_TITLE__", escaped))


def write_html(graph: nx.MultiDiGraph, out: Output, title: str = "graphkit") -> None:
    """Write the HTML page for ``graph`` to a path or an open file."""
    write_text(out, generate_html(graph, title))
