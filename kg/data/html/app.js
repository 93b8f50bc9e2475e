/* kg graph page: filters, tooltips and evidence panel. All data is written with textContent. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var INFO = DATA.info;
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var visibleNodes = new Set(nodes.getIds());
  var visibleEdges = new Set(edges.getIds());
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);
  window.kgNetwork = network;
  window.kgData = { nodes: nodes, edges: edges };
  window.kgView = { nodes: nodeView, edges: edgeView };

  /* window.kgReady turns true once the layout is final (after stabilisation when physics is on). */
  window.kgReady = false;
  if (DATA.options.physics && DATA.options.physics.enabled && DATA.nodes.length) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.moveTo({ scale: network.getScale() * 0.92, animation: false });  /* room for outer labels */
      window.kgReady = true;
    });
  } else {
    window.kgReady = true;
  }

  var byId = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function label(id) { var i = INFO.nodes[id]; return i ? i.label : String(id); }

  /* ---------- details (shared by tooltip and side panel) ---------- */
  function edgeDetails(id, limit) {
    var info = INFO.edges[id], frag = document.createDocumentFragment();
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
    var info = INFO.nodes[id], frag = document.createDocumentFragment();
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
    b.addEventListener("click", function () { network.selectEdges([edgeId]); showPanel(edgeDetails(edgeId, 0)); });
    return b;
  }
  /* The panel's resting state: how to read the page and the most reported relations. */
  function resetPanel() {
    var frag = document.createDocumentFragment();
    frag.appendChild(el("p", "hint", "Hover over a relation for its evidence; click a relation or an actor to show its details here."));
    var top = Object.keys(INFO.edges).filter(function (id) { return INFO.edges[id].kind === "event"; });
    top.sort(function (a, b) { return (INFO.edges[b].nreports - INFO.edges[a].nreports) || (Number(a.slice(1)) - Number(b.slice(1))); });
    if (top.length) { frag.appendChild(el("h3", null, "Most reported relations")); }
    top.slice(0, 10).forEach(function (id) {
      var e = INFO.edges[id];
      frag.appendChild(relationButton(id, label(e.from) + " \u2192 " + label(e.to) + "  " + e.plover + (e.nreports > 1 ? " \u00d7" + e.nreports : "")));
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
  var adjacency = {};
  DATA.edges.forEach(function (e) {
    (adjacency[e.from] = adjacency[e.from] || []).push(e.id);
    (adjacency[e.to] = adjacency[e.to] || []).push(e.id);
  });
  var quadBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-quad]"));
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-kind]"));
  var affBox = byId("filter-affiliation"), ploverSel = byId("filter-plover");
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
  function edgePasses(id, s) {
    var info = INFO.edges[id];
    if (info.kind === "affiliation") { return s.affiliation && s.plover === ""; }
    if (info.kind === "event") {
      if (s.quads[info.quad] === false) { return false; }
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
    DATA.edges.forEach(function (e) {
      if (!edgePasses(e.id, s)) { return; }
      if (focusId !== null && e.from !== focusId && e.to !== focusId) { return; }
      if (INFO.edges[e.id].kind === "affiliation") { affiliations.push(e); return; }
      ve.add(e.id); touched.add(e.from); touched.add(e.to);
    });
    affiliations.forEach(function (e) {
      if (!eventsFiltered || touched.has(e.from) || touched.has(e.to)) { ve.add(e.id); }
    });
    ve.forEach(function (id) { var e = INFO.edges[id]; vn.add(e.from); vn.add(e.to); });
    if (focusId !== null) { vn.add(focusId); }
    else if (!filtering) { DATA.nodes.forEach(function (n) { vn.add(n.id); }); }
    visibleEdges = ve; visibleNodes = vn;
    nodeView.refresh(); edgeView.refresh();
    byId("shown").textContent = (filtering || focusId !== null)
      ? "showing " + vn.size + " of " + DATA.nodes.length + " actors, " + ve.size + " of " + DATA.edges.length + " relations"
      : "";
    if (focusId !== null) {
      network.selectNodes([focusId]);
      network.fit({ nodes: Array.from(vn), animation: false });
    }
  }

  function findActor(q) {
    q = q.trim().toLowerCase();
    if (!q) { return null; }
    var ids = DATA.nodes.map(function (n) { return n.id; }), i, info;
    for (i = 0; i < ids.length; i++) {
      info = INFO.nodes[ids[i]];
      if (info.id.toLowerCase() === q || info.label.toLowerCase() === q ||
          info.aliases.some(function (a) { return a.toLowerCase() === q; })) { return ids[i]; }
    }
    for (i = 0; i < ids.length; i++) {
      info = INFO.nodes[ids[i]];
      if (info.label.toLowerCase().indexOf(q) >= 0 || info.id.toLowerCase().indexOf(q) >= 0) { return ids[i]; }
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

  var list = byId("actor-list");
  if (list) {
    DATA.nodes.forEach(function (n) { var o = document.createElement("option"); o.value = INFO.nodes[n.id].label; list.appendChild(o); });
  }
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
  window.kgApplyFilters = apply;
  resetPanel();
}());
