(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tbody tr.pair"));
  var markers = Array.prototype.slice.call(document.querySelectorAll("tbody tr.marker"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".controls button[data-filter]"));
  var controls = document.querySelector(".controls");
  var current = null;
  if (controls) { controls.hidden = false; }

  function matches(row, filter) {
    if (filter === "all") { return true; }
    if (filter === "changed") { return row.classList.contains("changed"); }
    return (" " + (row.getAttribute("data-kinds") || "") + " ").indexOf(" " + filter + " ") >= 0;
  }

  function applyFilter(filter) {
    rows.forEach(function (row) { row.hidden = !matches(row, filter); });
    markers.forEach(function (row) { row.hidden = filter !== "all"; });
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-filter") === filter)); });
  }

  function go(step) {
    var changed = rows.filter(function (row) { return !row.hidden && row.classList.contains("changed"); });
    if (!changed.length) { return; }
    var at = changed.indexOf(current);
    var next = at < 0 ? (step > 0 ? 0 : changed.length - 1) : Math.min(Math.max(at + step, 0), changed.length - 1);
    if (current) { current.classList.remove("current"); }
    current = changed[next];
    current.classList.add("current");
    current.scrollIntoView({ block: "center" });
    if (window.history && history.replaceState) { history.replaceState(null, "", "#" + current.id); }
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () { applyFilter(b.getAttribute("data-filter")); });
  });
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    if (event.key === "n" || event.key === "j") { go(1); event.preventDefault(); }
    else if (event.key === "p" || event.key === "k") { go(-1); event.preventDefault(); }
  });
  applyFilter("all");
}());
