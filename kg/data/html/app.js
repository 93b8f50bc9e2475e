/* kg graph page: decodes the data, filters, tooltips and evidence panel. All data is written with textContent. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var S = DATA.strings, VIEW = DATA.view;

  /* ---------- decoding (the layout of DATA is described in kg/pagedata.py) ---------- */
  function str(i) { return i === null || i === undefined ? null : S[i]; }
  var ID = DATA.nodes.map(function (n) { return n[0]; });
  var NUMBER = {};
  ID.forEach(function (id, i) { NUMBER[id] = i; });
  /* What the filters need of every edge, by edge number; the reports are decoded when shown. */
  var EDGES = DATA.edges.map(function (e, i) {
    var raw = DATA.info.edges[i], kind = S[raw[0]];
    return { id: "e" + i, from: ID[e[0]], to: ID[e[1]], kind: kind, type: S[raw[1]], quad: S[raw[2]],
             plover: kind === "event" ? S[raw[1]] : "", count: raw[3], nreports: raw[4], dates: raw[5].map(str) };
  });
  function edgeOf(id) { return EDGES[Number(String(id).slice(1))]; }
  /* A large page draws the labels of its most connected actors large (VIEW.labelled). */
  var LARGE_LABEL = new Set(VIEW ? VIEW.labelled : []);
  function visNode(n, i) {
    var o = { id: n[0], label: n[1], group: n[2], size: n[3] };
    if (n.length > 4) { o.x = n[4]; o.y = n[5]; }
    if (LARGE_LABEL.has(i)) { o.font = { size: VIEW.labelSize }; }
    return o;
  }
  function visEdge(e, i) {
    var o = Object.assign({}, DATA.edgeStyles[e[2]]);
    o.id = "e" + i; o.from = ID[e[0]]; o.to = ID[e[1]]; o.width = e[4];
    if (e[3]) { o.label = e[3]; }
    if (e[5]) { o.smooth = { enabled: true, type: "curvedCW", roundness: e[5] }; }
    return o;
  }
  function relation(id, k) {
    var e = EDGES[k], out = e.from === id;
    return { edge: e.id, dir: out ? "out" : "in", other: label(out ? e.to : e.from), what: e.type || e.kind, count: e.nreports };
  }
  /* A node's details: id, label, kind, affiliation, aliases, mentions, ndocs, docs, relations, facts. */
  function nodeInfo(id) {
    var n = NUMBER[id];
    if (n === undefined) { return null; }
    var raw = DATA.info.nodes[n];
    return { id: id, label: DATA.nodes[n][1], kind: str(raw[0]), affiliation: str(raw[1]), aliases: raw[2].map(str),
             mentions: raw[3], ndocs: raw[4], docs: raw[5].map(str),
             relations: raw[6].map(function (k) { return relation(id, k); }),
             facts: raw[7].map(function (f) { return [str(f[0]), str(f[1])]; }) };
  }
  /* An edge's details: from, to, kind, type, plover, quad, count, nreports, dates and its reports with their evidence. */
  function edgeInfo(id) {
    var e = edgeOf(id);
    if (!e) { return null; }
    var info = Object.assign({}, e);
    info.reports = DATA.info.edges[Number(e.id.slice(1))][6].map(function (r) {
      return { mode: str(r[0]), date: str(r[1]), cue: str(r[2]), issue: str(r[3]), confidence: r[4],
               evidence: r[5].map(function (v) { return { doc: str(v[0]), sentence: str(v[1]), date: str(v[2]), rule: str(v[3]) }; }) };
    });
    return info;
  }
  function label(id) { var n = NUMBER[id]; return n === undefined ? String(id) : DATA.nodes[n][1]; }

  /* ---------- what is drawn ---------- */
  var ADJ = ID.map(function () { return []; });  /* node number -> its edges */
  DATA.edges.forEach(function (e, i) { ADJ[e[0]].push(EDGES[i]); if (e[1] !== e[0]) { ADJ[e[1]].push(EDGES[i]); } });
  /* The nodes a view without a search shows: all of them, or (a large graph) the steps shown so far;
     and the edges between them. */
  var revealed = new Set(), revealedEdges = [], steps = 0;
  function reveal() {
    VIEW.steps[steps].forEach(function (n) {
      revealed.add(ID[n]);
      ADJ[n].forEach(function (e) { if (revealed.has(e.from) && revealed.has(e.to)) { revealedEdges.push(e); } });
    });
    steps += 1;
  }
  if (VIEW) { reveal(); } else { ID.forEach(function (id) { revealed.add(id); }); revealedEdges = EDGES; }
  /* As the filters draw it at first (apply() below gives the same sets): every edge between revealed
     nodes, but the events with fewer reports than asked. */
  var least = document.getElementById("filter-reports") ? Number(document.getElementById("filter-reports").value) || 1 : 1;
  var visibleNodes = new Set(revealed), visibleEdges = new Set();
  revealedEdges.forEach(function (e) { if (e.kind !== "event" || e.nreports >= least) { visibleEdges.add(e.id); } });

  var nodes = new vis.DataSet(DATA.nodes.map(visNode));
  var edges = new vis.DataSet(DATA.edges.map(visEdge));
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  window.kgNetwork = network;
  window.kgData = { nodes: nodes, edges: edges };
  window.kgView = { nodes: nodeView, edges: edgeView };
  window.kgInfo = { node: nodeInfo, edge: edgeInfo };

  /* window.kgReady turns true once the layout is final (after stabilisation when physics is on). */
  window.kgReady = false;
  function ready() { window.kgReady = true; window.kgReadyAt = performance.now(); }
  if (DATA.options.physics && DATA.options.physics.enabled && DATA.nodes.length) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.moveTo({ scale: network.getScale() * 0.92, animation: false });  /* room for outer labels */
      ready();
    });
  } else {
    if (VIEW) { network.fit({ animation: false }); }
    ready();
  }

  var byId = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }

  /* ---------- details (shared by tooltip and side panel) ---------- */
  function edgeDetails(id, limit) {
    var info = edgeInfo(id), frag = document.createDocumentFragment();
    if (!info) { return frag; }
    var arrow = info.kind === "affiliation" ? " \u2014 " : " \u2192 ";
    frag.appendChild(el("h3", null, label(info.from) + arrow + label(info.to)));
    if (info.kind === "affiliation") {
      frag.appendChild(el("p", "meta", "affiliation" + (info.count > 1 ? " \u00d7" + info.count : "")));
      return frag;
    }
    var counts = info.nreports + (info.nreports === 1 ? " report" : " reports");
    if (info.count !== info.nreports) { counts += " of " + info.count + (info.count === 1 ? " event" : " events"); }
    var what = info.kind === "event" ? info.plover + " \u00b7 " + info.quad : (info.type || info.kind) + " \u00b7 " + info.kind;
    frag.appendChild(el("p", "meta", what + " \u00b7 " + counts));
    var shown = 0, total = 0;
    info.reports.forEach(function (r) { total += Math.max(1, r.evidence.length); });
    for (var i = 0; i < info.reports.length; i++) {
      if (limit && shown >= limit) { break; }
      var r = info.reports[i], box = el("div", "report");
      var bits = [r.mode || "asserted", r.date || "undated"];
      if (r.cue) { bits.push("cue \u201c" + r.cue + "\u201d"); }
      if (r.issue) { bits.push("issue: " + r.issue); }
      if (r.confidence !== null && r.confidence !== undefined) { bits.push("confidence " + Number(r.confidence).toFixed(2)); }
      box.appendChild(el("p", "meta", bits.join(" \u00b7 ")));
      var ul = el("ul");
      if (!r.evidence.length) { shown += 1; }
      for (var j = 0; j < r.evidence.length; j++) {
        if (limit && shown >= limit) { break; }
        var ev = r.evidence[j], li = el("li");
        li.appendChild(el("span", "sentence", ev.sentence || ""));
        li.appendChild(el("br"));
        li.appendChild(el("span", "doc", [ev.doc, ev.date, ev.rule ? "rule " + ev.rule : ""].filter(Boolean).join(" \u00b7 ")));
        ul.appendChild(li);
        shown += 1;
      }
      if (ul.firstChild) { box.appendChild(ul); }
      frag.appendChild(box);
    }
    if (limit && total > shown) { frag.appendChild(el("p", "more", "\u2026 " + (total - shown) + " more; click the relation for all evidence")); }
    return frag;
  }

  function nodeDetails(id, full) {
    var info = nodeInfo(id), frag = document.createDocumentFragment();
    if (!info) { return frag; }
    frag.appendChild(el("h3", null, info.label));
    frag.appendChild(el("p", "meta", info.kind + " \u00b7 id " + info.id + " \u00b7 " + info.mentions + " mentions in " + info.ndocs + " documents"));
    if (info.affiliation) { frag.appendChild(el("p", "meta", "affiliation: " + info.affiliation)); }
    if (info.aliases.length) { frag.appendChild(el("p", "meta", "aliases: " + info.aliases.join(", "))); }
    info.facts.forEach(function (f) { frag.appendChild(el("p", "meta", f[0] + ": " + f[1])); });
    if (!full) { return frag; }
    if (info.docs.length) {
      frag.appendChild(el("p", "doc", "documents: " + info.docs.join(", ") + (info.ndocs > info.docs.length ? ", \u2026" : "")));
    }
    frag.appendChild(el("h3", null, "Strongest relations"));
    if (!info.relations.length) { frag.appendChild(el("p", "hint", "none")); }
    info.relations.forEach(function (rel) {
      var text = (rel.dir === "in" ? "\u2190 " : "\u2192 ") + rel.other + "  " + rel.what + (rel.count > 1 ? " \u00d7" + rel.count : "");
      frag.appendChild(relationButton(rel.edge, text));
    });
    return frag;
  }

  var panel = byId("evidence");
  function showPanel(frag) { clear(panel); panel.appendChild(frag); panel.scrollTop = 0; }
  function relationButton(edgeId, text) {
    var b = el("button", "rel", text);
    b.type = "button";
    b.addEventListener("click", function () {
      if (visibleEdges.has(edgeId)) { network.selectEdges([edgeId]); } else { network.unselectAll(); }
      showPanel(edgeDetails(edgeId, 0));
    });
    return b;
  }
  /* The panel's resting state: how to read the page and the most reported relations. */
  function resetPanel() {
    var frag = document.createDocumentFragment();
    frag.appendChild(el("p", "hint", "Hover over a relation for its evidence; click a relation or an actor to show its details here."));
    var top = EDGES.filter(function (e) { return e.kind === "event"; });
    top.sort(function (a, b) { return (b.nreports - a.nreports) || (Number(a.id.slice(1)) - Number(b.id.slice(1))); });
    if (top.length) { frag.appendChild(el("h3", null, "Most reported relations")); }
    top.slice(0, 10).forEach(function (e) {
      frag.appendChild(relationButton(e.id, label(e.from) + " \u2192 " + label(e.to) + "  " + e.plover + (e.nreports > 1 ? " \u00d7" + e.nreports : "")));
    });
    showPanel(frag);
  }

  /* ---------- tooltip ---------- */
  var tip = byId("tooltip");
  function showTip(frag, pointer) {
    clear(tip);
    tip.appendChild(frag);
    tip.hidden = false;
    var w = container.clientWidth, h = container.clientHeight;
    var x = pointer.x + 14, y = pointer.y + 14;
    if (x + tip.offsetWidth > w) { x = Math.max(0, pointer.x - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > h) { y = Math.max(0, pointer.y - tip.offsetHeight - 14); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; clear(tip); }
  network.on("hoverEdge", function (p) { showTip(edgeDetails(p.edge, 3), p.pointer.DOM); });
  network.on("hoverNode", function (p) { showTip(nodeDetails(p.node, false), p.pointer.DOM); });
  network.on("blurEdge", hideTip);
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { showPanel(nodeDetails(p.nodes[0], true)); }
    else if (p.edges.length) { showPanel(edgeDetails(p.edges[0], 0)); }
    else { resetPanel(); }
  });

  /* ---------- filters ---------- */
  var quadBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-quad]"));
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-kind]"));
  var affBox = byId("filter-affiliation"), ploverSel = byId("filter-plover"), reportsIn = byId("filter-reports");
  var fromIn = byId("date-from"), toIn = byId("date-to"), undatedBox = byId("date-undated");
  var search = byId("search"), searchStatus = byId("search-status"), isolatedBox = byId("filter-isolated");
  var focusId = null;

  function state() {
    var quads = {}, kinds = {};
    quadBoxes.forEach(function (b) { quads[b.getAttribute("data-quad")] = b.checked; });
    kindBoxes.forEach(function (b) { kinds[b.getAttribute("data-kind")] = b.checked; });
    return {
      quads: quads,
      kinds: kinds,
      affiliation: affBox ? affBox.checked : true,
      plover: ploverSel ? ploverSel.value : "",
      reports: reportsIn ? Math.max(1, parseInt(reportsIn.value, 10) || 1) : 1,
      from: fromIn ? fromIn.value : "",
      to: toIn ? toIn.value : "",
      undated: undatedBox ? undatedBox.checked : true,
      isolated: isolatedBox ? isolatedBox.checked : true
    };
  }
  function active(s) {
    return !s.affiliation || !s.isolated || s.plover !== "" || s.from !== "" || s.to !== "" || !s.undated ||
      Object.keys(s.quads).some(function (q) { return !s.quads[q]; }) ||
      Object.keys(s.kinds).some(function (k) { return !s.kinds[k]; });
  }
  function edgePasses(info, s) {
    if (info.kind === "affiliation") { return s.affiliation && s.plover === ""; }
    if (info.kind === "event") {
      if (s.quads[info.quad] === false || info.nreports < s.reports) { return false; }
      if (s.plover !== "" && info.plover !== s.plover) { return false; }
    } else if (s.plover !== "" || s.kinds[info.kind] === false) { return false; }
    if (s.from === "" && s.to === "") { return true; }
    if (!info.dates.length) { return s.undated; }
    return info.dates.some(function (d) { return (s.from === "" || d >= s.from) && (s.to === "" || d <= s.to); });
  }
  function apply() {
    var s = state(), filtering = active(s);
    var ve = new Set(), vn = new Set(), touched = new Set(), affiliations = [];
    /* While events are filtered, an affiliation is kept only beside an actor that still has an event. */
    var eventsFiltered = s.plover !== "" || s.from !== "" || s.to !== "" ||
      Object.keys(s.quads).some(function (q) { return !s.quads[q]; });
    (focusId !== null ? ADJ[NUMBER[focusId]] : revealedEdges).forEach(function (e) {
      if (!edgePasses(e, s)) { return; }
      if (e.kind === "affiliation") { affiliations.push(e); return; }
      ve.add(e.id); touched.add(e.from); touched.add(e.to);
    });
    affiliations.forEach(function (e) {
      if (!eventsFiltered || touched.has(e.from) || touched.has(e.to)) { ve.add(e.id); }
    });
    ve.forEach(function (id) { var e = edgeOf(id); vn.add(e.from); vn.add(e.to); });
    if (focusId !== null) { vn.add(focusId); }
    else if (!filtering) { revealed.forEach(function (id) { vn.add(id); }); }
    visibleEdges = ve; visibleNodes = vn;
    nodeView.refresh(); edgeView.refresh();
    byId("shown").textContent = (filtering || focusId !== null || VIEW)
      ? "showing " + vn.size + " of " + ID.length + " nodes, " + ve.size + " of " + EDGES.length + " relations"
      : "";
    if (focusId !== null) {
      network.selectNodes([focusId]);
      network.fit({ nodes: Array.from(vn), animation: false });
    }
  }

  /* ---------- a large graph: show more ---------- */
  var moreBtn = byId("show-more"), viewStatus = byId("view-status");
  function viewState() {
    if (!VIEW) { return; }
    viewStatus.textContent = revealed.size + " of " + ID.length + " nodes";
    moreBtn.disabled = steps >= VIEW.steps.length;
  }
  function showMore() {
    if (!VIEW || steps >= VIEW.steps.length) { return; }
    reveal();
    apply();
    viewState();
    if (focusId === null) { network.fit({ animation: false }); }
  }
  if (moreBtn) { moreBtn.addEventListener("click", showMore); }

  var lowered = null;
  function findActor(q) {
    q = q.trim().toLowerCase();
    if (!q) { return null; }
    if (lowered === null) { lowered = DATA.nodes.map(function (n) { return n[1].toLowerCase(); }); }
    var i, raw;
    for (i = 0; i < ID.length; i++) {
      if (ID[i].toLowerCase() === q || lowered[i] === q) { return ID[i]; }
      raw = DATA.info.nodes[i][2];
      for (var j = 0; j < raw.length; j++) { if (S[raw[j]].toLowerCase() === q) { return ID[i]; } }
    }
    for (i = 0; i < ID.length; i++) {
      if (lowered[i].indexOf(q) >= 0 || ID[i].toLowerCase().indexOf(q) >= 0) { return ID[i]; }
    }
    return null;
  }
  function runSearch() {
    var q = search.value;
    searchStatus.textContent = "";
    focusId = null;
    if (q.trim()) {
      focusId = findActor(q);
      if (focusId === null) { searchStatus.textContent = "no actor matches"; }
    }
    apply();
    if (focusId !== null) { showPanel(nodeDetails(focusId, true)); }
    else { network.unselectAll(); network.fit({ animation: false }); }
  }

  /* The search box's suggestions: every node's label (on a large page, once the box is first used). */
  var list = byId("actor-list");
  function suggest() {
    if (!list || list.firstChild) { return; }
    var options = document.createDocumentFragment();
    DATA.nodes.forEach(function (n) { var o = document.createElement("option"); o.value = n[1]; options.appendChild(o); });
    list.appendChild(options);
  }
  if (!VIEW) { suggest(); } else if (search) { search.addEventListener("focus", suggest); }
  if (search) {
    search.addEventListener("change", runSearch);
    search.addEventListener("search", runSearch);
    search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { runSearch(); } });
  }
  var clearBtn = byId("search-clear");
  if (clearBtn) { clearBtn.addEventListener("click", function () { search.value = ""; runSearch(); }); }
  [affBox, ploverSel, fromIn, toIn, undatedBox, isolatedBox].concat(quadBoxes, kindBoxes).forEach(function (c) {
    if (c) { c.addEventListener("change", apply); }
  });
  if (reportsIn) { reportsIn.addEventListener("input", apply); }
  window.kgApplyFilters = apply;
  window.kgShowMore = showMore;
  if (VIEW) { apply(); viewState(); }
  resetPanel();
}());
