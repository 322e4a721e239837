/* newsgraph: small progressive enhancements; every page works without them.
   - timeline: wheel to zoom, drag to pan, double-click to reset (marks and month ticks re-placed);
   - network: drag nodes (links follow), wheel to zoom, drag the background to pan, hover to see neighbours.
   No network requests, no libraries. */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var EPOCH = 719163; // ordinal day of 1970-01-01 (Python's date.toordinal)
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function svgPoint(svg, evt, into) {
    var p = svg.createSVGPoint();
    p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform((into || svg).getScreenCTM().inverse());
  }

  function ordinalDate(day) { return new Date((day - EPOCH) * 86400000); }
  function dateOrdinal(d) { return Math.round(d.getTime() / 86400000) + EPOCH; }

  function timeline(svg) {
    var d0 = +svg.dataset.day0, d1 = +svg.dataset.day1, left = +svg.dataset.left, width = +svg.dataset.width;
    var right = width - 20, view = [d0, d1], height = svg.viewBox.baseVal.height;
    var axis = svg.querySelector(".axis");
    function x(day) { return left + (day - view[0]) * (right - left) / (view[1] - view[0]); }
    function ticks() {
      while (axis.firstChild) { axis.removeChild(axis.firstChild); }
      var span = view[1] - view[0], a = ordinalDate(view[0]);
      var step = span > 1500 ? 12 : span > 700 ? 3 : span > 200 ? 1 : 0;
      var marks = [];
      if (step === 0) {
        var every = span > 60 ? 7 : span > 20 ? 2 : 1;
        for (var d = Math.ceil(view[0]); d <= view[1]; d += every) { marks.push(d); }
      } else {
        var m = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + 1, 1));
        while (dateOrdinal(m) <= view[1]) {
          if (m.getUTCMonth() % step === 0) { marks.push(dateOrdinal(m)); }
          m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
        }
      }
      marks.forEach(function (day) {
        var g = document.createElementNS(SVGNS, "g"), l = document.createElementNS(SVGNS, "line");
        var t = document.createElementNS(SVGNS, "text"), dt = ordinalDate(day), xx = x(day);
        g.setAttribute("class", "tick");
        l.setAttribute("x1", xx); l.setAttribute("x2", xx); l.setAttribute("y1", 18); l.setAttribute("y2", height - 10);
        t.setAttribute("x", xx + 3); t.setAttribute("y", 13);
        t.textContent = step === 0 ? dt.getUTCDate() + " " + MONTHS[dt.getUTCMonth()] :
          step === 12 ? String(dt.getUTCFullYear()) : MONTHS[dt.getUTCMonth()] + " " + dt.getUTCFullYear();
        g.appendChild(l); g.appendChild(t); axis.appendChild(g);
      });
    }
    function place() {
      svg.querySelectorAll(".marks circle").forEach(function (c) {
        var xx = x(+c.dataset.day1);
        c.setAttribute("cx", xx);
        c.style.visibility = xx < left - 1 || xx > right + 1 ? "hidden" : "visible";
      });
      svg.querySelectorAll(".marks rect").forEach(function (r) {
        var x1 = Math.max(left, x(+r.dataset.day1)), x2 = Math.min(right, x(+r.dataset.day2));
        r.setAttribute("x", x1); r.setAttribute("width", Math.max(2, x2 - x1));
        r.style.visibility = x2 < left || x1 > right ? "hidden" : "visible";
      });
      ticks();
    }
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var p = svgPoint(svg, evt), at = view[0] + (p.x - left) * (view[1] - view[0]) / (right - left);
      var k = evt.deltaY < 0 ? 0.8 : 1.25, span = Math.max(4, (view[1] - view[0]) * k);
      var frac = (at - view[0]) / (view[1] - view[0]);
      view = [at - frac * span, at - frac * span + span];
      place();
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (evt) {
      if (evt.target.closest("a")) { return; }
      drag = { x: svgPoint(svg, evt).x, view: view.slice() };
      svg.setPointerCapture(evt.pointerId);
    });
    svg.addEventListener("pointermove", function (evt) {
      if (!drag) { return; }
      var dx = svgPoint(svg, evt).x - drag.x, days = dx * (drag.view[1] - drag.view[0]) / (right - left);
      view = [drag.view[0] - days, drag.view[1] - days];
      place();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("dblclick", function () { view = [d0, d1]; place(); });
  }

  function network(svg) {
    var vp = svg.querySelector(".viewport"), scale = 1, tx = 0, ty = 0;
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
    function apply() { vp.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + scale + ")"); }
    function pos(node) {
      var m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(node.getAttribute("transform"));
      return [+m[1], +m[2]];
    }
    function move(node, x, y) {
      var id = node.dataset.id;
      node.setAttribute("transform", "translate(" + x + "," + y + ")");
      edges.forEach(function (e) {
        if (e.dataset.source === id) { e.setAttribute("x1", x); e.setAttribute("y1", y); }
        if (e.dataset.target === id) { e.setAttribute("x2", x); e.setAttribute("y2", y); }
      });
    }
    var drag = null;
    svg.addEventListener("pointerdown", function (evt) {
      var node = evt.target.closest(".node"), p = svgPoint(svg, evt, vp);
      drag = { node: node, start: p, moved: false, at: node ? pos(node) : [tx, ty], screen: svgPoint(svg, evt) };
      svg.setPointerCapture(evt.pointerId);
    });
    svg.addEventListener("pointermove", function (evt) {
      if (!drag) { return; }
      if (drag.node) {
        var p = svgPoint(svg, evt, vp), dx = p.x - drag.start.x, dy = p.y - drag.start.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
        move(drag.node, drag.at[0] + dx, drag.at[1] + dy);
      } else {
        var s = svgPoint(svg, evt);
        tx = drag.at[0] + s.x - drag.screen.x; ty = drag.at[1] + s.y - drag.screen.y;
        apply();
      }
    });
    svg.addEventListener("pointerup", function (evt) {
      var d = drag;
      drag = null;
      if (d && d.node && !d.moved) { window.location.href = d.node.getAttribute("href"); }
      evt.preventDefault();
    });
    svg.addEventListener("click", function (evt) { if (evt.target.closest(".node")) { evt.preventDefault(); } });
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var s = svgPoint(svg, evt), k = evt.deltaY < 0 ? 1.2 : 1 / 1.2;
      var next = Math.min(6, Math.max(0.3, scale * k));
      tx = s.x - (s.x - tx) * next / scale; ty = s.y - (s.y - ty) * next / scale; scale = next;
      apply();
    }, { passive: false });
    svg.querySelectorAll(".node").forEach(function (node) {
      node.addEventListener("pointerenter", function () {
        var id = node.dataset.id, hot = {};
        hot[id] = true;
        edges.forEach(function (e) {
          var on = e.dataset.source === id || e.dataset.target === id;
          e.classList.toggle("hot", on);
          if (on) { hot[e.dataset.source] = true; hot[e.dataset.target] = true; }
        });
        svg.querySelectorAll(".node").forEach(function (n) { n.classList.toggle("hot", !!hot[n.dataset.id]); });
        svg.classList.add("dim");
      });
      node.addEventListener("pointerleave", function () { svg.classList.remove("dim"); });
    });
  }

  document.querySelectorAll("svg.timeline").forEach(timeline);
  document.querySelectorAll("svg.network").forEach(network);
  var focus = document.querySelector(".text .focus");
  if (focus && !window.location.hash) { focus.scrollIntoView({ block: "center" }); }
})();
