"""The style, legend and script of the review page (:mod:`sinorus_facts.views.review`): plain
CSS and a few lines of JavaScript inlined in the page, nothing fetched.

>>> "sf-fig" in STYLE and "scrollIntoView" in SCRIPT and "sf-speaker" in LEGEND
True
"""

from __future__ import annotations

__all__ = ["LEGEND", "SCRIPT", "STYLE"]

STYLE = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font-family: system-ui, -apple-system, "Segoe UI", Roboto,
       "DejaVu Sans", sans-serif; color: #1d1d1f; background: #f4f4f2; }
.sf-top { padding: 0.7em 1.2em 0.5em; background: #fff; border-bottom: 1px solid #ddd; }
.sf-top h1 { margin: 0 0 0.15em; font-size: 1.35em; font-family: Georgia, "DejaVu Serif", serif; }
.sf-facts { color: #555; font-size: 0.9em; }
.sf-warnings { margin: 0.4em 0 0; padding-left: 1.2em; color: #8a4b00; font-size: 0.85em; }
.sf-legend { margin: 0.4em 0 0; font-size: 0.8em; color: #444; }
.sf-legend > span { margin-right: 1em; }
.sf-review { flex: 1; display: grid; grid-template-columns: minmax(0, 4fr) minmax(0, 6fr); min-height: 0; }
.sf-pane { overflow: auto; min-height: 0; }
.sf-article { background: #fff; border-right: 1px solid #ddd; padding: 1em 1.4em 40vh; }
.sf-text { white-space: pre-wrap; font-family: Georgia, "DejaVu Serif", serif; font-size: 15px; line-height: 1.7;
           overflow-wrap: anywhere; }
.sf-furniture { color: #aaa; font-size: 0.85em; }
.sf-heading { font-weight: bold; font-size: 1.12em; color: #000; }
.sf-comment { color: #666; background: #f7f7f7; }
.sf-fig { padding: 0.05em 0.2em; border-radius: 0.25em; cursor: pointer; color: #000; }
.sf-fig::after { content: attr(data-n); font: bold 0.65em system-ui, sans-serif; vertical-align: super;
                 margin-left: 0.2em; color: #555; }
.sf-actual { background: #ffe08a; }
.sf-forecast { background: #a8d8ff; }
.sf-target { background: #d7b8ff; }
.sf-period { text-decoration: underline 2px #2a8c55; text-underline-offset: 0.2em; }
.sf-speaker { box-shadow: inset 0 -0.45em 0 #c9f0d5; }
.sf-fig.sf-current { outline: 3px solid #d0342c; outline-offset: 1px; }
.sf-claims { padding: 0; }
.sf-table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
.sf-table th { position: sticky; top: 0; background: #e9e9e5; text-align: left; padding: 0.45em 0.5em;
               border-bottom: 1px solid #ccc; font-weight: 600; white-space: nowrap; z-index: 1; }
.sf-table td { padding: 0.4em 0.4em; border-bottom: 1px solid #e2e2de; vertical-align: top; }
.sf-row { cursor: pointer; background: #fff; }
.sf-row:hover { background: #fff8e0; }
.sf-row.sf-current { background: #ffe9e7; box-shadow: inset 4px 0 0 #d0342c; }
.sf-n a { color: #555; text-decoration: none; font-weight: 600; }
.sf-num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.sf-quote { font-family: Georgia, "DejaVu Serif", serif; min-width: 8em; }
.sf-date { white-space: nowrap; }
.sf-words, .sf-measure { font-family: system-ui, sans-serif; color: #666; font-size: 0.9em; margin-top: 0.15em; }
.sf-chip { padding: 0.05em 0.4em; border-radius: 0.6em; font-size: 0.9em; }
.sf-none { color: #777; padding: 1.5em; }
"""

LEGEND = (
    '<div class="sf-legend"><span>Figures: <mark class="sf-fig sf-actual">actual</mark> '
    '<mark class="sf-fig sf-forecast">forecast</mark> <mark class="sf-fig sf-target">target</mark></span>'
    '<span><span class="sf-period">period words</span></span>'
    '<span><span class="sf-speaker">speaker words</span></span>'
    '<span><span class="sf-furniture">page furniture</span></span>'
    "<span>Click a row to see its figure in the text; click a figure to find its row.</span></div>"
)

SCRIPT = """
(function () {
  function select(row, mark, scrollText, scrollRow) {
    document.querySelectorAll(".sf-current").forEach(function (e) { e.classList.remove("sf-current"); });
    if (row) { row.classList.add("sf-current"); if (scrollRow) row.scrollIntoView({block: "nearest"}); }
    if (mark) { mark.classList.add("sf-current"); if (scrollText) mark.scrollIntoView({block: "center"}); }
  }
  document.querySelectorAll(".sf-row").forEach(function (row) {
    row.addEventListener("click", function (event) {
      event.preventDefault();
      select(row, document.getElementById(row.dataset.target), true, false);
    });
  });
  document.querySelectorAll("mark.sf-fig[id]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      select(document.querySelector('.sf-row[data-target="' + mark.id + '"]'), mark, false, true);
    });
  });
  window.addEventListener("load", function () {
    setTimeout(function () {  // after the browser's own scroll to a #fragment
      var wanted = location.hash.slice(1);
      var mark = wanted ? document.getElementById(wanted) : null;
      if (mark) {
        select(document.querySelector('.sf-row[data-target="' + wanted + '"]'), mark, true, true);
      } else {
        var lead = document.querySelector(".sf-text .sf-heading");  // the first article's title
        if (lead) lead.scrollIntoView({block: "start"});
      }
    }, 0);
  });
})();
"""
