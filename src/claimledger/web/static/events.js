// claimledger: the events map zooms (buttons, wheel, drag, a click on a numbered marker) and
// groups nearby places again at every zoom, as web/charts.py does for the first view. The page
// works without it. No inline handlers (the Content-Security-Policy forbids them); labels come
// from the page's own list of places and are only ever set with textContent.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var CLUSTER_PX = 12, WORLD = [0, 0, 720, 360], MIN_WIDTH = 2;   // 2 units = 1 degree
  // Narrower than this (30 degrees), the 110m outlines drawn inline are too coarse (a coast off by
  // kilometres): the 50m ones are fetched once from this server and drawn instead.
  var FINE_BELOW = 60, FINE_URL = "/static/world-50m.svg", fine = null;

  function finer() {
    if (fine) return;
    fine = fetch(FINE_URL).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (text) {
      var parsed = new DOMParser().parseFromString(text, "image/svg+xml");
      var world = document.getElementById("world");
      if (!world || parsed.querySelector("parsererror")) return;
      var paths = parsed.querySelectorAll("path");
      if (!paths.length) return;
      while (world.firstChild) world.removeChild(world.firstChild);
      Array.prototype.forEach.call(paths, function (path) {
        var copy = document.importNode(path, true);
        copy.setAttribute("vector-effect", "non-scaling-stroke");
        world.appendChild(copy);
      });
      world.setAttribute("data-detail", "50m");
    }).catch(function () { fine = null; });
  }

  function places() {
    var list = document.getElementById("map-places");
    if (!list) return [];
    return Array.prototype.map.call(list.querySelectorAll("li"), function (li) {
      return { x: parseFloat(li.getAttribute("data-x")), y: parseFloat(li.getAttribute("data-y")),
               n: parseInt(li.getAttribute("data-n"), 10) || 1, label: li.textContent };
    });
  }

  function view(svg) { return svg.getAttribute("viewBox").split(/\s+/).map(parseFloat); }

  function setView(svg, v) {
    var aspect = svg._aspect, w = Math.min(Math.max(v[2], MIN_WIDTH), WORLD[2]), h = w / aspect;
    if (h > WORLD[3]) { h = WORLD[3]; w = h * aspect; }
    var x = Math.min(Math.max(v[0], 0), WORLD[2] - w), y = Math.min(Math.max(v[1], 0), WORLD[3] - h);
    svg.setAttribute("viewBox", [x, y, w, h].map(function (n) { return n.toFixed(2); }).join(" "));
    render(svg);
    if (w < FINE_BELOW) finer();
  }

  function cluster(points, reach) {
    var sorted = points.slice().sort(function (a, b) { return b.n - a.n || a.x - b.x || a.y - b.y; });
    var groups = [];
    sorted.forEach(function (p) {
      for (var i = 0; i < groups.length; i++) {
        var c = groups[i][0];
        if ((c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y) <= reach * reach) { groups[i].push(p); return; }
      }
      groups.push([p]);
    });
    return groups;
  }

  function render(svg) {
    var v = view(svg), width = svg.getBoundingClientRect().width || 900, unit = v[2] / width;
    var layer = svg.querySelector("g.markers");
    while (layer.firstChild) layer.removeChild(layer.firstChild);
    cluster(svg._places, CLUSTER_PX * unit).forEach(function (group) {
      var n = 0, x = 0, y = 0, box = [Infinity, Infinity, -Infinity, -Infinity];
      group.forEach(function (p) {
        n += p.n; x += p.x * p.n; y += p.y * p.n;
        box = [Math.min(box[0], p.x), Math.min(box[1], p.y), Math.max(box[2], p.x), Math.max(box[3], p.y)];
      });
      x /= n; y /= n;
      var r = Math.min(3.5 + 1.8 * Math.sqrt(n), 14) * unit;
      var g = document.createElementNS(SVG, "g");
      g.setAttribute("class", "marker-group" + (group.length > 1 ? " cluster" : ""));
      g.setAttribute("data-box", box.join(" "));
      var circle = document.createElementNS(SVG, "circle");
      circle.setAttribute("class", "marker");
      circle.setAttribute("cx", x.toFixed(2)); circle.setAttribute("cy", y.toFixed(2)); circle.setAttribute("r", r.toFixed(3));
      var title = document.createElementNS(SVG, "title");
      title.textContent = group.length === 1 ? group[0].label
        : n + " events at " + group.length + " places: " + group.slice(0, 6).map(function (p) { return p.label; }).join("; ");
      circle.appendChild(title);
      g.appendChild(circle);
      if (n > 1) {
        var text = document.createElementNS(SVG, "text");
        text.setAttribute("class", "count");
        text.setAttribute("x", x.toFixed(2)); text.setAttribute("y", y.toFixed(2));
        text.setAttribute("font-size", (r * 1.1).toFixed(3));
        text.textContent = String(n);
        g.appendChild(text);
      }
      layer.appendChild(g);
    });
  }

  function toSvg(svg, clientX, clientY) {
    var point = svg.createSVGPoint();
    point.x = clientX; point.y = clientY;
    var inner = point.matrixTransform(svg.getScreenCTM().inverse());
    return [inner.x, inner.y];
  }

  function zoom(svg, factor, at) {
    var v = view(svg), centre = at || [v[0] + v[2] / 2, v[1] + v[3] / 2], w = v[2] * factor, h = v[3] * factor;
    setView(svg, [centre[0] - (centre[0] - v[0]) * factor, centre[1] - (centre[1] - v[1]) * factor, w, h]);
  }

  function zoomTo(svg, box) {
    // the cluster's places with a margin of a third of their spread (at least 0.3 degree)
    var aspect = svg._aspect, pad = Math.max((box[2] - box[0]) / 3, (box[3] - box[1]) / 3, 0.6);
    var w = Math.max(box[2] - box[0] + 2 * pad, MIN_WIDTH * 1.5), h = Math.max(box[3] - box[1] + 2 * pad, w / aspect);
    w = Math.max(w, h * aspect);
    setView(svg, [(box[0] + box[2]) / 2 - w / 2, (box[1] + box[3]) / 2 - w / aspect / 2, w, w / aspect]);
  }

  function zoomable(svg, points) {
    var v = view(svg);
    svg._aspect = v[2] / v[3];
    svg._places = points;
    var drag = null, moved = false;
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      zoom(svg, event.deltaY > 0 ? 1.25 : 0.8, toSvg(svg, event.clientX, event.clientY));
    }, { passive: false });
    svg.addEventListener("pointerdown", function (event) {
      drag = { x: event.clientX, y: event.clientY, view: view(svg) }; moved = false;
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) < 4) return;
      moved = true;
      var unit = drag.view[2] / (svg.getBoundingClientRect().width || 900);
      setView(svg, [drag.view[0] - dx * unit, drag.view[1] - dy * unit, drag.view[2], drag.view[3]]);
    });
    ["pointerup", "pointerleave"].forEach(function (name) { svg.addEventListener(name, function () { drag = null; }); });
    svg.addEventListener("click", function (event) {
      if (moved) return;
      var group = event.target.closest("g.cluster");
      if (group) zoomTo(svg, group.getAttribute("data-box").split(" ").map(parseFloat));
    });
    render(svg);
    if (v[2] < FINE_BELOW) finer();
    svg.setAttribute("data-zoomable", "yes");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var points = places(), main = document.getElementById("map");
    if (!main) return;
    document.querySelectorAll("svg.world-map").forEach(function (svg) { zoomable(svg, points); });
    var tools = document.querySelector(".map-tools");
    if (tools) {
      tools.hidden = false;
      tools.addEventListener("click", function (event) {
        var action = event.target.getAttribute("data-zoom");
        if (action === "in") zoom(main, 0.5);
        else if (action === "out") zoom(main, 2);
        else if (action === "reset") setView(main, main.getAttribute("data-home").split(" ").map(parseFloat));
        else if (action === "world") setView(main, WORLD.slice());
      });
    }
    window.addEventListener("resize", function () {
      document.querySelectorAll("svg.world-map").forEach(render);
    });
  });
})();
