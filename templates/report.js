(function () {
  "use strict";
  var all = Array.prototype.slice.call(document.querySelectorAll("tbody tr"));
  var rows = all.filter(function (r) { return r.classList.contains("pair"); });
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".controls button[data-filter]"));
  var open = {};  // fold id -> opened by the reader
  var filter = document.body.getAttribute("data-filter") || "all";
  var current = null;
  Array.prototype.forEach.call(document.querySelectorAll(".controls [hidden]"), function (e) { e.hidden = false; });

  function matches(row) {
    if (filter === "all") { return true; }
    if (filter === "changed") { return row.classList.contains("changed"); }
    return (" " + (row.getAttribute("data-kinds") || "") + " ").indexOf(" " + filter + " ") >= 0;
  }

  function folded(row) {
    var run = row.getAttribute("data-run");
    return run && !open[run];
  }

  function apply() {
    var chapter = null, shown = false;
    function closeChapter() { if (chapter) { chapter.hidden = !shown; } }
    all.forEach(function (row) {
      if (row.classList.contains("chapter")) { closeChapter(); chapter = row; shown = false; return; }
      if (row.classList.contains("pair")) { row.hidden = !matches(row) || (filter === "all" && folded(row)); }
      else if (row.classList.contains("fold")) { row.hidden = filter !== "all" || !!open[row.id]; }
      else if (row.classList.contains("marker")) { row.hidden = filter !== "all"; }
      if (!row.hidden) { shown = true; }
    });
    closeChapter();
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-filter") === filter)); });
  }

  function reveal(target) {
    // A link to a row that the filter or a fold hides: show everything, open its fold.
    var row = target && target.closest ? target.closest("tr") : null;
    if (!row) { return; }
    if (row.getAttribute("data-run")) { open[row.getAttribute("data-run")] = true; }
    if (row.hidden) { filter = "all"; }
    apply();
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
    b.addEventListener("click", function () { filter = b.getAttribute("data-filter"); apply(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("tr.fold button"), function (b) {
    b.addEventListener("click", function () { open[b.getAttribute("data-run")] = true; apply(); });
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (!link) { return; }
    var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (target) { reveal(target); }
    var menu = link.closest("details.toc-menu");
    if (menu) { menu.open = false; }
  });
  window.addEventListener("hashchange", function () { reveal(document.getElementById(location.hash.slice(1))); });
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
    if (event.key === "n" || event.key === "j") { go(1); event.preventDefault(); }
    else if (event.key === "p" || event.key === "k") { go(-1); event.preventDefault(); }
  });
  apply();
  if (location.hash) { reveal(document.getElementById(location.hash.slice(1))); }
}());
