"""The page :mod:`graphkit.export.html` fills in: CSS and vanilla JavaScript, no library.

``__GRAPHKIT_TITLE__`` is replaced by the HTML-escaped title and ``__GRAPHKIT_DATA__`` by the
escaped JSON of :func:`graphkit.export.html.view_data`.
"""

TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="graphkit">
<title>__GRAPHKIT_TITLE__</title>
<style>
  :root { --ink: #1f2933; --muted: #6b7785; --line: #d9dee4; --bg: #f6f7f9; --panel: #fff; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica,
         Arial, sans-serif; color: var(--ink); background: var(--bg); }
  header { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 22px;
           padding: 10px 18px; background: var(--panel); border-bottom: 1px solid var(--line); }
  header h1 { font-size: 17px; margin: 0 8px 0 0; }
  .filters { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
  .filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
                      gap: 4px 10px; align-items: center; }
  .filters legend { float: left; font-weight: 600; color: var(--muted); margin-right: 6px;
                    font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
  .filters label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer;
                   white-space: nowrap; }
  .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; }
  input[type=date] { font: inherit; padding: 1px 4px; border: 1px solid var(--line);
                     border-radius: 4px; }
  button { font: inherit; padding: 2px 10px; border: 1px solid var(--line); border-radius: 4px;
           background: #fff; cursor: pointer; }
  #stats { color: var(--muted); margin-left: auto; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) 360px;
         grid-template-rows: auto auto; gap: 12px; padding: 12px 18px; }
  section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
            min-width: 0; }
  section h2 { font-size: 13px; margin: 0; padding: 8px 12px; color: var(--muted);
               text-transform: uppercase; letter-spacing: .04em;
               border-bottom: 1px solid var(--line); }
  #graph-panel { grid-column: 1; grid-row: 1; }
  #details-panel { grid-column: 2; grid-row: 1 / span 2; overflow: auto; max-height: 860px; }
  #timeline-panel { grid-column: 1; grid-row: 2; }
  svg { display: block; width: 100%; user-select: none; }
  #actor-graph { height: 470px; }
  .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 6px 12px 8px;
            font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); }
  .legend span { display: inline-flex; align-items: center; gap: 4px; }
  circle.actor { stroke: #fff; stroke-width: 2; cursor: pointer; }
  circle.actor.selected, circle.actor.related { stroke: var(--ink); stroke-width: 3; }
  .actor-label { font-size: 12px; fill: var(--ink); pointer-events: none;
                 paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
  path.link { fill: none; stroke-opacity: .75; cursor: pointer; }
  path.link:hover, path.link.selected { stroke-opacity: 1; }
  .link-label { font-size: 10px; font-weight: 600; pointer-events: none; paint-order: stroke;
                stroke: #fff; stroke-width: 3px; }
  .dim { opacity: .18; }
  .axis line, .axis path { stroke: #aab3bd; }
  .axis text, .lane-label { font-size: 11px; fill: var(--muted); }
  .lane { fill: #f3f5f7; }
  .event { cursor: pointer; stroke-width: 1.5; }
  .event.selected { stroke: var(--ink) !important; stroke-width: 3; }
  #details { padding: 10px 14px 16px; }
  #details .hint { color: var(--muted); }
  #details h3 { margin: 4px 0 6px; font-size: 16px; }
  #details .meta { color: var(--muted); font-size: 12px; margin-bottom: 8px; }
  #details blockquote { margin: 10px 0; padding: 8px 12px; background: #f7f4ec;
                        border-left: 4px solid #e0b44c; border-radius: 4px; }
  #details ul { padding-left: 18px; margin: 6px 0; }
  #details li { margin: 3px 0; }
  #details a { color: #1f5fbf; }
  .pill { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff;
          font-size: 11px; font-weight: 600; }
  .event-row { cursor: pointer; }
  .event-row:hover { text-decoration: underline; }
  .empty { fill: var(--muted); font-size: 13px; }
</style>
</head>
<body data-ready="false">
<header>
  <h1>__GRAPHKIT_TITLE__</h1>
  <div class="filters">
    <fieldset id="type-filter"><legend>Types</legend></fieldset>
    <fieldset id="modality-filter"><legend>Modality</legend></fieldset>
    <fieldset id="date-filter"><legend>Dates</legend>
      <label>from <input type="date" id="date-from"></label>
      <label>to <input type="date" id="date-to"></label>
      <label><input type="checkbox" id="show-undated" checked> undated</label>
      <button type="button" id="reset">Reset</button>
    </fieldset>
  </div>
  <div id="stats"></div>
</header>
<main>
  <section id="graph-panel">
    <h2>Actors</h2>
    <svg id="actor-graph" role="img" aria-label="actor graph" data-node-count="0"
         data-link-count="0"></svg>
    <div class="legend" id="graph-legend"></div>
  </section>
  <section id="timeline-panel">
    <h2>Timeline</h2>
    <svg id="timeline" role="img" aria-label="timeline of events" data-event-count="0"></svg>
  </section>
  <section id="details-panel">
    <h2>Details</h2>
    <div id="details"><p class="hint">Click an event on the timeline, an actor or a line
      between actors to see the evidence and its sources.</p></div>
  </section>
</main>
<script type="application/json" id="graphkit-data">__GRAPHKIT_DATA__</script>
<script>
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("graphkit-data").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var TYPE_COLOURS = { CALL: "#1f77b4", MEET: "#2ca02c", STATEMENT: "#7f7f7f",
    ARREST: "#8c564b", ATTACK: "#d62728", AID: "#17becf", ACCUSE: "#ff7f0e",
    DEMAND: "#bcbd22", AGREE: "#9467bd", THREATEN: "#e377c2", SANCTION: "#843c39",
    EXPEL: "#393b79", OTHER: "#999999" };
  var PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2",
    "#edc948", "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#a0cbe8"];
  var DAY = 86400000;

  var actorsById = {}, articlesById = {};
  DATA.actors.forEach(function (a) { actorsById[a.id] = a; });
  DATA.articles.forEach(function (a) { articlesById[a.id] = a; });

  var countries = [];
  DATA.actors.forEach(function (a) {
    if (a.country && countries.indexOf(a.country) < 0) { countries.push(a.country); }
  });
  countries.sort();
  function countryColour(code) {
    var i = countries.indexOf(code);
    return i < 0 ? "#b8bfc7" : PALETTE[i % PALETTE.length];
  }
  function typeColour(type) {
    if (TYPE_COLOURS[type]) { return TYPE_COLOURS[type]; }
    var h = 0;
    for (var i = 0; i < type.length; i++) { h = (h * 31 + type.charCodeAt(i)) % 360; }
    return "hsl(" + h + ",55%,45%)";
  }
  function uniq(values) {
    var out = [];
    values.forEach(function (v) { if (out.indexOf(v) < 0) { out.push(v); } });
    return out.sort();
  }
  var TYPES = uniq(DATA.events.map(function (e) { return e.type || "OTHER"; }));
  var MODALITIES = uniq(DATA.events.map(function (e) { return e.modality || "asserted"; }));
  var dated = DATA.events.filter(function (e) { return e.date_start; });
  var MIN_DATE = dated.length ? dated.map(function (e) { return e.date_start; }).sort()[0] : "";
  var MAX_DATE = dated.length ? dated.map(function (e) { return e.date_end || e.date_start; })
    .sort().slice(-1)[0] : "";

  // --- small DOM helpers ----------------------------------------------------------------
  function svg(tag, attrs, parent) {
    var node = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function html(tag, attrs, parent, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function toDay(iso) {
    var p = iso.split("-").map(Number);
    return Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1) / DAY;
  }
  function fromDay(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
    "Dec"];
  function prettyDate(e) {
    if (!e.date) { return "undated"; }
    var p = e.date.split("-");
    if (p.length === 1) { return p[0]; }
    if (p.length === 2) { return MONTHS[Number(p[1]) - 1] + " " + p[0]; }
    return Number(p[2]) + " " + MONTHS[Number(p[1]) - 1] + " " + p[0];
  }

  // --- filters --------------------------------------------------------------------------
  var state = { types: {}, modalities: {}, from: MIN_DATE, to: MAX_DATE, undated: true,
                selected: null };
  function addChecks(container, values, store, colourOf) {
    values.forEach(function (value) {
      store[value] = true;
      var count = DATA.events.filter(function (e) {
        return (container.id === "type-filter" ? (e.type || "OTHER")
                                               : (e.modality || "asserted")) === value;
      }).length;
      var label = html("label", {}, container);
      var box = html("input", { type: "checkbox", value: value }, label);
      box.checked = true;
      box.addEventListener("change", function () { store[value] = box.checked; render(); });
      if (colourOf) {
        html("span", { "class": "swatch", style: "background:" + colourOf(value) }, label);
      }
      label.appendChild(document.createTextNode(value.replace("_", " ") + " (" + count + ")"));
    });
  }
  addChecks(document.getElementById("type-filter"), TYPES, state.types, typeColour);
  addChecks(document.getElementById("modality-filter"), MODALITIES, state.modalities, null);
  var fromInput = document.getElementById("date-from");
  var toInput = document.getElementById("date-to");
  var undatedInput = document.getElementById("show-undated");
  [fromInput, toInput].forEach(function (input) {
    input.min = MIN_DATE; input.max = MAX_DATE;
  });
  fromInput.value = MIN_DATE; toInput.value = MAX_DATE;
  fromInput.addEventListener("change", function () { state.from = fromInput.value; render(); });
  toInput.addEventListener("change", function () { state.to = toInput.value; render(); });
  undatedInput.addEventListener("change", function () {
    state.undated = undatedInput.checked; render();
  });
  document.getElementById("reset").addEventListener("click", function () {
    document.querySelectorAll(".filters input[type=checkbox]").forEach(function (box) {
      box.checked = true;
    });
    TYPES.forEach(function (t) { state.types[t] = true; });
    MODALITIES.forEach(function (m) { state.modalities[m] = true; });
    fromInput.value = state.from = MIN_DATE; toInput.value = state.to = MAX_DATE;
    state.undated = true; state.selected = null;
    render(); showHint();
  });

  function visibleEvents() {
    return DATA.events.filter(function (e) {
      if (!state.types[e.type || "OTHER"] || !state.modalities[e.modality || "asserted"]) {
        return false;
      }
      if (!e.date_start) { return state.undated; }
      var end = e.date_end || e.date_start;
      if (state.from && end < state.from) { return false; }
      if (state.to && e.date_start > state.to) { return false; }
      return true;
    });
  }

  // --- actor graph: links, layout -------------------------------------------------------
  function actorLinks(events) {
    var byKey = {}, counts = {};
    events.forEach(function (e) {
      var ids = uniq(e.participants.map(function (p) { return p.actor; }));
      ids.forEach(function (id) { counts[id] = (counts[id] || 0) + 1; });
      for (var i = 0; i < ids.length; i++) {
        for (var j = i + 1; j < ids.length; j++) {
          var key = ids[i] + "\u0000" + ids[j] + "\u0000" + (e.type || "OTHER");
          if (!byKey[key]) {
            byKey[key] = { a: ids[i], b: ids[j], type: e.type || "OTHER", events: [] };
          }
          byKey[key].events.push(e);
        }
      }
    });
    var links = Object.keys(byKey).sort().map(function (k) { return byKey[k]; });
    return { links: links, counts: counts };
  }

  // Fruchterman-Reingold on every actor that takes part in any event, computed once so the
  // drawing does not jump when filters change; deterministic (no randomness).
  var W = 1000, H = 470;
  var LAYOUT = (function () {
    var all = actorLinks(DATA.events);
    var ids = Object.keys(all.counts).sort();
    var n = ids.length, pos = {}, index = {};
    ids.forEach(function (id, i) {
      var angle = 2 * Math.PI * i / Math.max(n, 1);
      var r = n > 1 ? 0.35 : 0;
      pos[id] = { x: 0.5 + r * Math.cos(angle) * (1 + 0.05 * (i % 3)),
                  y: 0.5 + r * Math.sin(angle) * (1 + 0.05 * (i % 3)) };
      index[id] = i;
    });
    var weights = {};
    all.links.forEach(function (l) {
      var key = l.a + "\u0000" + l.b;
      weights[key] = (weights[key] || 0) + l.events.length;
    });
    var pairs = Object.keys(weights).map(function (k) {
      var p = k.split("\u0000");
      return { a: p[0], b: p[1], w: weights[k] };
    });
    var k = Math.sqrt(1 / Math.max(n, 1)) * 0.75;
    var iterations = n > 300 ? 120 : 350;
    var t = 0.1;
    for (var it = 0; it < iterations; it++) {
      var disp = {};
      ids.forEach(function (id) { disp[id] = { x: 0, y: 0 }; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = pos[ids[i]], b = pos[ids[j]];
          var dx = a.x - b.x, dy = a.y - b.y;
          var d = Math.sqrt(dx * dx + dy * dy) || 1e-4;
          var f = k * k / d;
          disp[ids[i]].x += dx / d * f; disp[ids[i]].y += dy / d * f;
          disp[ids[j]].x -= dx / d * f; disp[ids[j]].y -= dy / d * f;
        }
      }
      pairs.forEach(function (p) {
        var a = pos[p.a], b = pos[p.b];
        var dx = a.x - b.x, dy = a.y - b.y;
        var d = Math.sqrt(dx * dx + dy * dy) || 1e-4;
        var f = d * d / k * (1 + 0.3 * Math.log(p.w)) * 0.5;
        disp[p.a].x -= dx / d * f; disp[p.a].y -= dy / d * f;
        disp[p.b].x += dx / d * f; disp[p.b].y += dy / d * f;
      });
      ids.forEach(function (id) {
        var p = pos[id], v = disp[id];
        v.x += (0.5 - p.x) * 0.6 * k; v.y += (0.5 - p.y) * 0.6 * k;  // gravity
        var len = Math.sqrt(v.x * v.x + v.y * v.y) || 1e-9;
        var step = Math.min(len, t);
        p.x += v.x / len * step; p.y += v.y / len * step;
      });
      t = Math.max(0.002, t * 0.985);
    }
    // fit into the drawing, leaving room for labels
    var xs = ids.map(function (id) { return pos[id].x; });
    var ys = ids.map(function (id) { return pos[id].y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var out = {};
    ids.forEach(function (id) {
      var p = pos[id];
      out[id] = {
        x: maxX > minX ? 90 + (p.x - minX) / (maxX - minX) * (W - 180) : W / 2,
        y: maxY > minY ? 55 + (p.y - minY) / (maxY - minY) * (H - 110) : H / 2
      };
    });
    return out;
  })();

  function select(kind, item) {
    state.selected = { kind: kind, item: item };
    render();
    if (kind === "event") { showEvent(item); }
    else if (kind === "actor") { showActor(item); }
    else if (kind === "link") { showLink(item); }
  }
  function isSelectedEvent(e) {
    return state.selected && state.selected.kind === "event" && state.selected.item.id === e.id;
  }

  function drawGraph(events) {
    var root = document.getElementById("actor-graph");
    clear(root);
    root.setAttribute("viewBox", "0 0 " + W + " " + H);
    var linked = actorLinks(events);
    var ids = Object.keys(linked.counts).sort();
    root.setAttribute("data-node-count", String(ids.length));
    root.setAttribute("data-link-count", String(linked.links.length));
    if (!ids.length) {
      svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "empty" }, root)
        .textContent = "No events match the filters.";
      return;
    }
    var focus = {};  // actors to emphasise for the current selection
    var sel = state.selected;
    if (sel && sel.kind === "event") {
      sel.item.participants.forEach(function (p) { focus[p.actor] = true; });
    } else if (sel && sel.kind === "actor") {
      focus[sel.item.id] = true;
      linked.links.forEach(function (l) {
        if (l.a === sel.item.id) { focus[l.b] = true; }
        if (l.b === sel.item.id) { focus[l.a] = true; }
      });
    } else if (sel && sel.kind === "link") {
      focus[sel.item.a] = focus[sel.item.b] = true;
    }
    var hasFocus = Object.keys(focus).length > 0;
    var maxCount = Math.max.apply(null, ids.map(function (id) { return linked.counts[id]; }));
    function radius(id) { return 9 + 17 * Math.sqrt(linked.counts[id] / maxCount); }

    var linkLayer = svg("g", { "class": "links" }, root);
    var labelLayer = svg("g", { "class": "link-labels" }, root);
    var perPair = {};
    linked.links.forEach(function (l) {
      var key = l.a + "\u0000" + l.b;
      (perPair[key] = perPair[key] || []).push(l);
    });
    var maxLink = Math.max.apply(null, linked.links.map(function (l) { return l.events.length; })
      .concat([1]));
    Object.keys(perPair).sort().forEach(function (key) {
      var group = perPair[key];
      group.forEach(function (l, i) {
        var a = LAYOUT[l.a], b = LAYOUT[l.b];
        var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
        var bend = (i - (group.length - 1) / 2) * 42;
        var mx = (a.x + b.x) / 2 - dy / d * bend, my = (a.y + b.y) / 2 + dx / d * bend;
        var colour = typeColour(l.type);
        var path = svg("path", {
          "class": "link", d: "M" + a.x + "," + a.y + " Q" + mx + "," + my + " " + b.x + "," + b.y,
          stroke: colour, "stroke-width": 1.5 + 5 * l.events.length / maxLink,
          "data-type": l.type
        }, linkLayer);
        if (hasFocus && !(focus[l.a] && focus[l.b])) { path.classList.add("dim"); }
        if (sel && sel.kind === "link" && sel.item.a === l.a && sel.item.b === l.b &&
            sel.item.type === l.type) { path.classList.add("selected"); }
        svg("title", {}, path).textContent = actorsById[l.a].name + " \u2013 " +
          actorsById[l.b].name + ": " + l.type + " \u00d7" + l.events.length;
        path.addEventListener("click", function () { select("link", l); });
        var lx = 0.25 * a.x + 0.5 * mx + 0.25 * b.x, ly = 0.25 * a.y + 0.5 * my + 0.25 * b.y;
        var text = svg("text", { x: lx, y: ly + 3, "text-anchor": "middle",
                                 "class": "link-label", fill: colour }, labelLayer);
        text.textContent = l.type + (l.events.length > 1 ? " \u00d7" + l.events.length : "");
        if (hasFocus && !(focus[l.a] && focus[l.b])) { text.classList.add("dim"); }
      });
    });
    var nodeLayer = svg("g", { "class": "actors" }, root);
    ids.forEach(function (id) {
      var actor = actorsById[id], p = LAYOUT[id], r = radius(id);
      var g = svg("g", { "class": "actor-node" }, nodeLayer);
      var circle = svg("circle", { "class": "actor", cx: p.x, cy: p.y, r: r,
        fill: countryColour(actor.country), "data-id": id,
        "data-events": linked.counts[id] }, g);
      if (hasFocus) {
        if (focus[id]) { circle.classList.add(sel.kind === "actor" && sel.item.id === id
          ? "selected" : "related"); }
        else { g.classList.add("dim"); }
      }
      svg("title", {}, circle).textContent = actor.name + (actor.country ? " (" +
        actor.country + ")" : "") + " \u2013 " + linked.counts[id] + " event" +
        (linked.counts[id] === 1 ? "" : "s");
      circle.addEventListener("click", function () { select("actor", actor); });
      svg("text", { x: p.x, y: p.y + r + 14, "text-anchor": "middle", "class": "actor-label" },
          g).textContent = actor.name;
    });
  }

  function drawLegend(events) {
    var legend = document.getElementById("graph-legend");
    clear(legend);
    var shown = uniq(events.map(function (e) { return e.type || "OTHER"; }));
    var inGraph = {};
    events.forEach(function (e) {
      e.participants.forEach(function (p) { inGraph[p.actor] = true; });
    });
    var codes = uniq(Object.keys(inGraph).map(function (id) {
      return actorsById[id].country || "";
    }));
    codes.forEach(function (code) {
      var item = html("span", {}, legend);
      html("span", { "class": "swatch", style: "border-radius:50%;background:" +
        countryColour(code) }, item);
      item.appendChild(document.createTextNode(code || "unknown country"));
    });
    shown.forEach(function (type) {
      var item = html("span", {}, legend);
      html("span", { "class": "swatch", style: "height:3px;background:" + typeColour(type) },
           item);
      item.appendChild(document.createTextNode(type));
    });
  }

  // --- timeline ---------------------------------------------------------------------------
  function drawTimeline(events) {
    var root = document.getElementById("timeline");
    clear(root);
    var datedEvents = events.filter(function (e) { return e.date_start; });
    var lanes = uniq(datedEvents.map(function (e) { return e.type || "OTHER"; }));
    var TW = 1000, left = 96, right = 24, top = 10, laneH = 30;
    var undated = events.length - datedEvents.length;
    var TH = top + Math.max(lanes.length, 1) * laneH + (undated ? 46 : 32);
    root.setAttribute("viewBox", "0 0 " + TW + " " + TH);
    root.style.height = (TH * 0.93) + "px";
    root.setAttribute("data-event-count", String(datedEvents.length));
    if (!datedEvents.length) {
      svg("text", { x: TW / 2, y: TH / 2, "text-anchor": "middle", "class": "empty" }, root)
        .textContent = "No dated events match the filters.";
      return;
    }
    var lo = Math.min.apply(null, datedEvents.map(function (e) { return toDay(e.date_start); }));
    var hi = Math.max.apply(null, datedEvents.map(function (e) {
      return toDay(e.date_end || e.date_start) + 1;
    }));
    var pad = Math.max(3, (hi - lo) * 0.03);
    lo -= pad; hi += pad;
    function x(day) { return left + (day - lo) / (hi - lo) * (TW - left - right); }
    lanes.forEach(function (type, i) {
      var y = top + i * laneH;
      svg("rect", { "class": "lane", x: left, y: y + 3, width: TW - left - right,
                    height: laneH - 6, rx: 4 }, root);
      svg("text", { "class": "lane-label", x: left - 8, y: y + laneH / 2 + 4,
                    "text-anchor": "end" }, root).textContent = type;
    });
    var axisY = top + lanes.length * laneH + 4;
    var axis = svg("g", { "class": "axis" }, root);
    svg("line", { x1: left, x2: TW - right, y1: axisY, y2: axisY }, axis);
    var span = hi - lo;
    var first = new Date(lo * DAY), step = span > 1100 ? 12 : span > 500 ? 3 : 1;
    var tick = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    var guard = 0;
    while (tick.getTime() / DAY <= hi && guard++ < 400) {
      var day = tick.getTime() / DAY;
      if (day >= lo && tick.getUTCMonth() % step === 0) {
        var tx = x(day);
        svg("line", { x1: tx, x2: tx, y1: axisY, y2: axisY + 5 }, axis);
        var label = step === 12 ? String(tick.getUTCFullYear())
          : MONTHS[tick.getUTCMonth()] + (tick.getUTCMonth() === 0 || step > 1 ||
            span < 370 ? " " + tick.getUTCFullYear() : "");
        svg("text", { x: tx, y: axisY + 18, "text-anchor": "middle" }, axis).textContent = label;
      }
      tick = new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + 1, 1));
    }
    if (undated) {
      svg("text", { x: TW - right, y: axisY + 30, "text-anchor": "end", "class": "lane-label" },
          root).textContent = undated + " undated event" + (undated === 1 ? "" : "s") +
          " not shown on the timeline";
    }
    var focusActor = state.selected && state.selected.kind === "actor" ? state.selected.item.id
      : null;
    var focusLink = state.selected && state.selected.kind === "link" ? state.selected.item : null;
    var stack = {};
    datedEvents.forEach(function (e) {
      var type = e.type || "OTHER", lane = lanes.indexOf(type);
      var y = top + lane * laneH + laneH / 2;
      var colour = typeColour(type), s = toDay(e.date_start);
      var end = toDay(e.date_end || e.date_start) + 1;
      var asserted = (e.modality || "asserted") === "asserted";
      var mark;
      var slot = type + ":" + e.date_start;
      var offset = (stack[slot] = (stack[slot] || 0) + 1) - 1;
      if (end - s > 1.5) {
        mark = svg("rect", { "class": "event", x: x(s), y: y - 6 + offset * 3,
          width: Math.max(4, x(end) - x(s)), height: 12, rx: 6,
          fill: asserted ? colour : "#fff", "fill-opacity": asserted ? 0.55 : 1,
          stroke: colour }, root);
      } else {
        mark = svg("circle", { "class": "event", cx: x(s) + offset * 7, cy: y, r: 7,
          fill: asserted ? colour : "#fff", stroke: colour }, root);
      }
      mark.setAttribute("data-id", e.id);
      if (!asserted) { mark.setAttribute("stroke-dasharray", "3 2"); }
      if (isSelectedEvent(e)) { mark.classList.add("selected"); }
      var involved = e.participants.map(function (p) { return p.actor; });
      if ((focusActor && involved.indexOf(focusActor) < 0) ||
          (focusLink && (e.type !== focusLink.type || involved.indexOf(focusLink.a) < 0 ||
                         involved.indexOf(focusLink.b) < 0))) {
        mark.classList.add("dim");
      }
      svg("title", {}, mark).textContent = e.type + " \u2013 " + prettyDate(e) + ": " +
        involved.map(function (id) { return actorsById[id].name; }).join(", ");
      mark.addEventListener("click", function () { select("event", e); });
    });
  }

  // --- details panel ----------------------------------------------------------------------
  var details = document.getElementById("details");
  function showHint() {
    clear(details);
    html("p", { "class": "hint" }, details, "Click an event on the timeline, an actor or a " +
      "line between actors to see the evidence and its sources.");
  }
  function pill(type, parent) {
    return html("span", { "class": "pill", style: "background:" + typeColour(type) }, parent,
                type);
  }
  function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
  function showEvent(e) {
    clear(details);
    details.setAttribute("data-event", e.id);
    var h = html("h3", {}, details);
    pill(e.type || "OTHER", h);
    h.appendChild(document.createTextNode(" " + prettyDate(e)));
    var meta = [];
    if (e.subtype) { meta.push(e.subtype); }
    if (e.modality && e.modality !== "asserted") { meta.push(e.modality.replace("_", " ")); }
    if (e.date_text) { meta.push("date from \u201c" + e.date_text + "\u201d"); }
    if (e.cameo) { meta.push("CAMEO " + e.cameo); }
    if (e.plover) { meta.push("PLOVER " + e.plover); }
    if (typeof e.confidence === "number") { meta.push("confidence " + e.confidence.toFixed(2)); }
    html("div", { "class": "meta" }, details, meta.join(" \u00b7 "));
    var people = html("ul", { "class": "participants" }, details);
    e.participants.forEach(function (p) {
      var a = actorsById[p.actor];
      var li = html("li", {}, people);
      html("strong", {}, li, a.name);
      li.appendChild(document.createTextNode(" \u2013 " + (p.role || "participant") +
        (a.country ? ", " + a.country : "") + (a.office ? ", " + a.office : "")));
    });
    html("blockquote", { "class": "evidence" }, details, e.evidence || "");
    if (e.reported_by.length) {
      html("div", { "class": "meta" }, details, "Reported by " + e.reported_by.map(
        function (id) { return actorsById[id].name; }).join(", "));
    }
    html("strong", {}, details, e.articles.length === 1 ? "Source" : "Sources");
    var list = html("ul", { "class": "sources" }, details);
    e.articles.forEach(function (id) {
      var art = articlesById[id], li = html("li", {}, list);
      var url = safeUrl(art.url);
      if (url) {
        html("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, li,
             art.title || url);
      } else {
        html("span", {}, li, art.title || art.id);
      }
      var bits = [art.outlet, art.published].filter(Boolean).join(", ");
      if (bits) { li.appendChild(document.createTextNode(" \u2013 " + bits)); }
      if (art.url) { html("div", { "class": "meta" }, li, art.url); }
    });
  }
  function eventList(events, parent) {
    var list = html("ul", {}, parent);
    events.forEach(function (e) {
      var li = html("li", { "class": "event-row" }, list);
      pill(e.type || "OTHER", li);
      li.appendChild(document.createTextNode(" " + prettyDate(e) + " \u2013 " +
        e.participants.map(function (p) { return actorsById[p.actor].name; }).join(", ")));
      li.addEventListener("click", function () { select("event", e); });
    });
  }
  function showActor(a) {
    clear(details);
    html("h3", {}, details, a.name);
    var meta = [a.kind, a.country, a.office, a.organisation].filter(Boolean);
    html("div", { "class": "meta" }, details, meta.join(" \u00b7 "));
    if (a.wikidata) {
      html("a", { href: "https://www.wikidata.org/wiki/" + encodeURIComponent(a.wikidata),
                  target: "_blank", rel: "noopener noreferrer" }, details,
           "Wikidata " + a.wikidata);
    }
    var mine = visibleEvents().filter(function (e) {
      return e.participants.some(function (p) { return p.actor === a.id; });
    });
    html("p", {}, details, mine.length + " event" + (mine.length === 1 ? "" : "s") +
      " (click one for its evidence):");
    eventList(mine, details);
  }
  function showLink(l) {
    clear(details);
    var h = html("h3", {}, details);
    pill(l.type, h);
    h.appendChild(document.createTextNode(" " + actorsById[l.a].name + " \u2013 " +
      actorsById[l.b].name));
    html("p", {}, details, l.events.length + " event" + (l.events.length === 1 ? "" : "s") +
      " (click one for its evidence):");
    eventList(l.events, details);
  }

  function render() {
    var events = visibleEvents();
    drawGraph(events);
    drawLegend(events);
    drawTimeline(events);
    var actors = {};
    events.forEach(function (e) { e.participants.forEach(function (p) { actors[p.actor] = 1; }); });
    document.getElementById("stats").textContent = events.length + " of " + DATA.events.length +
      " events \u00b7 " + Object.keys(actors).length + " actors \u00b7 " +
      DATA.articles.length + " articles";
  }
  render();
  // ``#event=ID`` / ``#actor=ID`` in the address opens that event or actor (links, tests).
  var wanted = /^#(event|actor)=(.+)$/.exec(window.location.hash || "");
  if (wanted) {
    var id = decodeURIComponent(wanted[2]);
    var found = wanted[1] === "event"
      ? DATA.events.filter(function (e) { return e.id === id; })[0] : actorsById[id];
    if (found) { select(wanted[1], found); }
  }
  document.body.setAttribute("data-ready", "true");
})();
</script>
</body>
</html>
"""
