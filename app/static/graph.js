// The argument graph drawing and the in-place exchange view. Plain DOM, no libraries (the CSP
// allows none). Comment bodies and names are hostile input: they only ever go into textContent.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var WIDTH = 1000, HEIGHT = 640, PAD = 30;
  var PALETTE = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
                 "#aec7e8", "#ffbb78"];

  function el(name, attrs) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  // A name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: a right-to-left override
  // inside it cannot reverse the text around it (app/bidi.py).
  function iso(text) {
    return "\u2068" + String(text) + "\u2069";
  }

  function html(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // A person's author page: accounts by id, people inferred on anonymous pages by their graph node.
  function authorUrl(node) {
    var m = /^id:(\d+)$/.exec(node);
    if (m) return "/authors/" + m[1];
    if (node.indexOf("anon:") === 0) return null;
    return "/authors/inferred?node=" + encodeURIComponent(node);
  }

  function campColour(camp, size) {
    if (camp === null || camp === undefined || size < 2) return "#b0b0b0";
    return PALETTE[camp % PALETTE.length];
  }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      });
  }

  function withParams(base, extra) {
    var url = new URL(base, window.location.href);
    Object.keys(extra).forEach(function (k) { url.searchParams.set(k, extra[k]); });
    return url.toString();
  }

  function showExchange(pairsUrl, a, b) {
    var box = document.getElementById("exchange");
    if (!box) return;
    box.replaceChildren(html("p", "Loading…", "graph-status"));
    getJSON(withParams(pairsUrl, { a: a, b: b })).then(function (data) {
      box.replaceChildren(html("h2", "Exchange: " + iso(data.a.label) + " ↔ " + iso(data.b.label)));
      var list = html("ol", null, "exchange-list");
      data.comments.forEach(function (c) {
        var item = html("li", null, c.sign < 0 ? "hostile" : (c.sign > 0 ? "support" : "neutral"));
        var meta = html("div", null, "meta");
        meta.appendChild(html("strong", iso(c.author.label)));
        meta.appendChild(document.createTextNode(" · "));
        var link = html("a", "comment " + c.id);
        link.href = "/comments/" + encodeURIComponent(c.id);
        meta.appendChild(link);
        meta.appendChild(document.createTextNode(" · "));
        var thread = html("a", "thread");
        thread.href = "/articles/" + encodeURIComponent(c.article_id) + "/thread?focus=" + encodeURIComponent(c.id);
        meta.appendChild(thread);
        if (c.toxicity !== null) meta.appendChild(document.createTextNode(" · toxicity " + c.toxicity.toFixed(2)));
        item.appendChild(meta);
        item.appendChild(html("div", c.body, "body"));
        list.appendChild(item);
      });
      if (!data.comments.length) list.appendChild(html("li", "No replies between these two."));
      box.appendChild(list);
      box.scrollIntoView({ behavior: "smooth", block: "start" });
    }).catch(function (err) {
      box.replaceChildren(html("p", "Could not load the exchange: " + err.message, "graph-status"));
    });
  }

  function draw(svg, data, pairsUrl) {
    var campSize = {};
    data.camps.forEach(function (c) { campSize[c.camp] = c.size; });
    var pos = {}, label = {};
    data.nodes.forEach(function (n) {
      pos[n.id] = [PAD + n.x * (WIDTH - 2 * PAD), PAD + n.y * (HEIGHT - 2 * PAD)];
      label[n.id] = n.label;
    });
    // One line per pair of authors: replies both ways summed, coloured by the net stance.
    var pairs = {};
    data.edges.forEach(function (e) {
      if (e.source === e.target || !pos[e.source] || !pos[e.target]) return;
      var a = e.source < e.target ? e.source : e.target, b = a === e.source ? e.target : e.source;
      var key = JSON.stringify([a, b]);
      var p = pairs[key] || (pairs[key] = { a: a, b: b, count: 0, net: 0, hostile: 0 });
      p.count += e.count; p.net += e.net; p.hostile += e.negative;
    });
    svg.replaceChildren();
    var edges = el("g"), nodes = el("g");
    Object.keys(pairs).forEach(function (key) {
      var p = pairs[key], s = pos[p.a], t = pos[p.b];
      var colour = p.net < 0 ? "#c0392b" : (p.net > 0 ? "#2e8b57" : "#9a9a9a");
      var line = el("line", { x1: s[0], y1: s[1], x2: t[0], y2: t[1], stroke: colour, "stroke-opacity": 0.6,
                              "stroke-width": Math.min(1.5 + 1.8 * Math.log2(p.count), 12) });
      var title = el("title");
      title.textContent = iso(label[p.a]) + " ↔ " + iso(label[p.b]) + ": " + p.count + " replies, " + p.hostile + " hostile";
      line.appendChild(title);
      line.addEventListener("click", function () { showExchange(pairsUrl, p.a, p.b); });
      edges.appendChild(line);
    });
    // Anonymous placeholders (one per unnamed comment) get a small hollow dot and no label; named
    // people link to their author page. Labels go where they fit: right, left, above or below the dot,
    // inside the canvas and clear of every label already placed (busiest people first); a name that
    // fits nowhere is left to the dot's tooltip rather than drawn over another.
    var labels = el("g");
    svg.appendChild(edges);
    svg.appendChild(nodes);
    svg.appendChild(labels);  // in the document already, so getBBox measures each label
    function radius(n) { return n.placeholder ? 4 : Math.min(4 + Math.sqrt(n.comments || 1) * 1.5, 16); }
    var placed = data.nodes.map(function (n) {
      var xy = pos[n.id], r = radius(n);
      return { x: xy[0] - r, y: xy[1] - r, w: 2 * r, h: 2 * r };
    });
    var order = data.nodes.slice().sort(function (a, b) { return (b.comments || 0) - (a.comments || 0); });
    order.forEach(function (n) {
      var xy = pos[n.id];
      var anonymous = !!n.placeholder;
      var r = radius(n);
      var circle = el("circle", { cx: xy[0], cy: xy[1], r: r,
                                  fill: anonymous ? "#ffffff" : campColour(n.camp, campSize[n.camp] || 1),
                                  "class": anonymous ? "anonymous" : "person" });
      var title = el("title");
      title.textContent = iso(n.label) + " (" + (n.comments || 0) + " comments" +
        (n.camp !== null && n.camp !== undefined ? ", camp " + (n.camp + 1) : "") + ")";
      circle.appendChild(title);
      var holder = circle;
      var href = authorUrl(n.id);
      if (href && !anonymous) {
        holder = el("a", { href: href, "class": "person-link" });
        holder.appendChild(circle);
      }
      nodes.appendChild(holder);
      if (anonymous) return;
      var text = el("text", { x: xy[0] + r + 3, y: xy[1] + 4, "class": "label" });
      text.textContent = iso(n.label);
      labels.appendChild(text);
      var box = text.getBBox();
      var spots = [[xy[0] + r + 3, xy[1] + 4, "start"], [xy[0] - r - 3, xy[1] + 4, "end"],
                   [xy[0], xy[1] - r - 4, "middle"], [xy[0], xy[1] + r + 12, "middle"]];
      var fitted = null;
      for (var i = 0; i < spots.length && !fitted; i++) {
        var sx = spots[i][0], anchor = spots[i][2];
        var left = anchor === "start" ? sx : (anchor === "end" ? sx - box.width : sx - box.width / 2);
        var rect = { x: left - 2, y: spots[i][1] - box.height + 3, w: box.width + 4, h: box.height };
        if (rect.x < 0 || rect.y < 0 || rect.x + rect.w > WIDTH || rect.y + rect.h > HEIGHT) continue;
        if (placed.some(function (o) { return rect.x < o.x + o.w && o.x < rect.x + rect.w &&
                                                rect.y < o.y + o.h && o.y < rect.y + rect.h; })) continue;
        fitted = rect;
        text.setAttribute("x", sx);
        text.setAttribute("y", spots[i][1]);
        text.setAttribute("text-anchor", anchor);
      }
      if (fitted) placed.push(fitted); else labels.removeChild(text);
    });
    if (!data.nodes.length) {
      var empty = el("text", { x: WIDTH / 2 - 80, y: HEIGHT / 2 });
      empty.textContent = "No replies between authors in this period.";
      svg.appendChild(empty);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var svg = document.getElementById("graph-canvas");
    if (!svg) return;
    var pairsUrl = svg.getAttribute("data-pairs");
    getJSON(svg.getAttribute("data-api")).then(function (data) { draw(svg, data, pairsUrl); })
      .catch(function (err) {
        var text = el("text", { x: 20, y: 30 });
        text.textContent = "Could not load the graph: " + err.message;
        svg.replaceChildren(text);
      });
    document.querySelectorAll("a.show-pair").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        showExchange(pairsUrl, link.getAttribute("data-a"), link.getAttribute("data-b"));
      });
    });
  });
})();
