/* The review tool of sinorus-facts (views/review_corpus.py): the documents and claims are
   in #rv-data; decisions are kept in localStorage and exported as JSONL. No network. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("rv-data").textContent);
  var DOCS = DATA.documents;
  var STORE = "sinorus-facts-review:" + location.pathname + "#" + DATA.corpus;
  var FIELDS = ["value", "high", "unit", "bound", "change", "from_value", "category", "measure",
                "period", "modality", "attribution"];
  var NUMERIC = {value: true, high: true, from_value: true};
  var CHOICES = {
    bound: ["=", "~", ">", ">=", "<", "<="],
    change: ["", "increase", "decrease", "from_to", "factor"],
    modality: ["actual", "forecast", "target"],
    category: DATA.categories
  };
  var PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
  var $ = function (id) { return document.getElementById(id); };

  // ---- the items: every claim and every number not made a claim, in text order ----------
  var ALL = [];
  DOCS.forEach(function (d, di) {
    d.items = [];
    d.claims.forEach(function (e, n) {
      var c = e.claim;
      d.items.push({kind: "claim", doc: di, n: n, key: c.id, start: c.evidence.quantity_start,
                    end: c.evidence.quantity_end, text: c.evidence.quantity, data: e});
    });
    d.rejected.forEach(function (r, n) {
      d.items.push({kind: "rej", doc: di, n: n, key: "promote:" + d.id + ":" + r.start + ":" + r.end,
                    start: r.start, end: r.end, text: r.text, data: r});
    });
    d.items.sort(function (a, b) { return a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : 1); });
    d.items.forEach(function (item, i) { item.pos = ALL.length; item.i = i; ALL.push(item); });
  });

  // ---- decisions, kept in the browser -----------------------------------------------------
  var state = {decisions: {}, history: []};
  try {
    var kept = JSON.parse(localStorage.getItem(STORE) || "null");
    if (kept && kept.decisions) { state = kept; if (!state.history) state.history = []; }
  } catch (err) { /* storage off: decisions live as long as the page */ }
  var warned = false;
  function persist() {
    try { localStorage.setItem(STORE, JSON.stringify(state)); } catch (err) {
      if (!warned) { warned = true; flash("this browser does not keep the decisions: export them before closing the page"); }
    }
  }
  function decision(item) { return state.decisions[item.key] || null; }
  function status(item) {
    var d = decision(item);
    if (!d) return "undecided";
    return {accept: "accepted", reject: "rejected", edit: "edited", promote: "promoted"}[d.action];
  }
  function claimLike(item) { return item.kind === "claim" || status(item) === "promoted"; }

  // ---- the values shown: a claim's own, with the reviewer's edits over them --------------
  function original(item) {
    if (item.kind !== "claim") return null;
    var c = item.data.claim;
    return {value: c.value, high: c.high, unit: c.unit, bound: c.bound, change: c.change,
            from_value: c.from_value, category: c.category, measure: c.measure,
            period: item.data.period_code, modality: c.modality, attribution: c.attribution};
  }
  function current(item) {
    var d = decision(item);
    if (item.kind === "rej") return d && d.action === "promote" ? d.fields : guess(item);
    var values = original(item);
    if (d && d.action === "edit") Object.keys(d.fields).forEach(function (k) { values[k] = d.fields[k]; });
    return values;
  }
  var WORDS = {one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
               eleven: 11, twelve: 12, dozen: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100};
  function guess(item) {  // a number not made a claim, as a claim would start
    var text = item.text.replace(/[,\u00a0\u202f ](?=\d{3}\b)/g, "");
    var found = text.match(/-?\d+(?:\.\d+)?/);
    var value = found ? parseFloat(found[0]) : (WORDS[item.text.toLowerCase().trim()] || null);
    return {value: value, high: null, unit: null, bound: "=", change: null, from_value: null,
            category: "other", measure: null, period: null, modality: "actual", attribution: null};
  }
  function confidence(item) { return item.kind === "claim" ? item.data.claim.confidence : 1.0; }

  // ---- writing numbers as the library's views do (views/formats.py) ----------------------
  function short(v) { return String(parseFloat(Number(v).toPrecision(6))); }
  function numberText(v) {
    if (v === null || v === undefined || v === "") return "";
    var scales = [[1e12, "trn"], [1e9, "bn"], [1e6, "mn"], [1e3, "k"]];
    for (var i = 0; i < scales.length; i++) {
      var s = scales[i][0];
      if (Math.abs(v) >= s && Math.abs(v % (s / 100)) < 1e-9 * s) return short(v / s) + " " + scales[i][1];
    }
    return short(v);
  }
  function figure(values) {
    var f = numberText(values.value) + (values.high !== null && values.high !== undefined ? "–" + numberText(values.high) : "");
    if (values.from_value !== null && values.from_value !== undefined) f = numberText(values.from_value) + " → " + f;
    var sign = {increase: "+", decrease: "−", factor: "×"}[values.change] || "";
    var bound = values.bound && values.bound !== "=" ? values.bound + " " : "";
    return bound + sign + f + (values.unit ? " " + values.unit : "");
  }
  function periodShown(code) {  // "2018-01/2018-04" as the library's views write it: "2018-01 – 2018-04"
    if (!code) return "";
    var parts = code.split("/");
    return parts.length === 2 && parts[0].length === 4 ? parts[0] + "–" + parts[1] : parts.join(" – ");
  }
  function esc(s) {
    return String(s === null || s === undefined ? "" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;")
      .replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // ---- filters ------------------------------------------------------------------------------
  function fillChoices(id, values) {
    var select = $(id);
    values.forEach(function (v) {
      var option = document.createElement("option");
      option.value = v === null ? "-" : v;
      option.textContent = v === null ? "(none)" : v;
      select.appendChild(option);
    });
  }
  function present(field) {
    var seen = {};
    ALL.forEach(function (item) { if (item.kind === "claim") seen[JSON.stringify(current(item)[field])] = true; });
    return Object.keys(seen).map(function (k) { return JSON.parse(k); }).sort(function (a, b) {
      return a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0;
    });
  }
  fillChoices("rv-f-category", present("category"));
  fillChoices("rv-f-modality", present("modality"));
  fillChoices("rv-f-unit", present("unit"));
  function filters() {
    var below = parseFloat($("rv-f-confidence").value);
    return {category: $("rv-f-category").value, modality: $("rv-f-modality").value, unit: $("rv-f-unit").value,
            below: isNaN(below) ? null : below, noperiod: $("rv-f-noperiod").checked,
            nosource: $("rv-f-nosource").checked, status: $("rv-f-status").value,
            search: $("rv-search").value.trim().toLowerCase()};
  }
  function filtering(f) {
    return !!(f.category || f.modality || f.unit || f.below !== null || f.noperiod || f.nosource || f.status || f.search);
  }
  function searched(item, words) {
    if (!words) return true;
    var d = DOCS[item.doc], v = current(item);
    var hay = [item.text, v.measure, v.attribution, d.id, d.title, item.kind === "claim" ? item.data.claim.evidence.sentence : ""];
    return hay.join("\n").toLowerCase().indexOf(words) >= 0;
  }
  function matches(item, f) {
    var v = current(item);
    if (f.category && v.category !== f.category) return false;
    if (f.modality && v.modality !== f.modality) return false;
    if (f.unit && (f.unit === "-" ? v.unit !== null && v.unit !== "" : v.unit !== f.unit)) return false;
    if (f.below !== null && !(confidence(item) < f.below)) return false;
    if (f.noperiod && v.period) return false;
    if (f.nosource && v.attribution) return false;
    if (f.status && status(item) !== f.status) return false;
    return searched(item, f.search);
  }
  var visible = [];   // claim-like items that pass the filters, in corpus order
  var numbers = [];   // numbers not made claims that pass the search
  function refilter() {
    var f = filters();
    visible = ALL.filter(function (item) { return claimLike(item) && matches(item, f); });
    numbers = ALL.filter(function (item) { return !claimLike(item) && searched(item, f.search); });
  }

  // ---- what is open -----------------------------------------------------------------------
  var view = {doc: 0, item: null, editing: false, message: "", anchor: 0};

  function select(item, scroll) {
    view.item = item;
    view.editing = false;
    view.message = "";
    if (item) view.doc = item.doc;
    draw(scroll !== false);
  }
  function step(list, direction) {
    if (!list.length) return;
    var at = view.item ? view.item.pos : firstOf(view.doc) - 0.5;  // nothing open: from the document's start
    var found = null;
    if (direction > 0) {
      for (var i = 0; i < list.length; i++) if (list[i].pos > at) { found = list[i]; break; }
    } else {
      for (var j = list.length - 1; j >= 0; j--) if (list[j].pos < at) { found = list[j]; break; }
    }
    if (found) select(found);
    else flash(direction > 0 ? "the last one" : "the first one");
  }
  function firstOf(di) { return DOCS[di].items.length ? DOCS[di].items[0].pos : (di + 1 < DOCS.length ? firstOf(di + 1) : ALL.length); }

  // ---- decisions ----------------------------------------------------------------------------
  function record(item, action, fields) {  // what is kept: small, the page has the rest
    return {action: action, fields: fields || {}, time: new Date().toISOString()};
  }
  function line(item, kept) {  // one exported decision, with the claim or sentence it is about
    var d = DOCS[item.doc];
    var out = {record: "review", action: kept.action, doc_id: d.id,
               claim_id: item.kind === "claim" ? item.data.claim.id : null,
               quantity: item.text, start: item.start, end: item.end, fields: kept.fields,
               claim: item.kind === "claim" ? item.data.claim : null,
               sentence: null, sentence_start: null, sentence_end: null, reason: null, rule: null,
               time: kept.time};
    if (item.kind === "rej") {
      var r = item.data;
      out.sentence = chars(d).slice(r.sentence_start, r.sentence_end).join("");
      out.sentence_start = r.sentence_start;
      out.sentence_end = r.sentence_end;
      out.reason = r.reason;
      out.rule = r.rule;
    }
    return out;
  }
  var UNDO = 1000;  // steps of undo kept
  function decide(item, kept) {
    state.history.push({key: item.key, before: decision(item)});
    if (state.history.length > UNDO) state.history.splice(0, state.history.length - UNDO);
    if (kept) state.decisions[item.key] = kept; else delete state.decisions[item.key];
    persist();
  }
  function nextAfter(item) {
    refilter();
    for (var i = 0; i < visible.length; i++) if (visible[i].pos > item.pos) return visible[i];
    return null;
  }
  function accept() {
    var item = view.item;
    if (!item || !claimLike(item)) return;
    if (status(item) === "undecided" || status(item) === "rejected") decide(item, record(item, "accept"));
    advance(item);
  }
  function reject() {
    var item = view.item;
    if (!item || !claimLike(item)) return;
    if (item.kind === "rej") { decide(item, null); select(item); flash("promotion withdrawn"); return; }
    decide(item, record(item, "reject"));
    advance(item);
  }
  function advance(item) {
    var next = nextAfter(item);
    if (next) select(next); else select(item);
  }
  function undo() {
    var last = state.history.pop();
    if (!last) { flash("nothing to undo"); return; }
    if (last.before) state.decisions[last.key] = last.before; else delete state.decisions[last.key];
    persist();
    var item = ALL.filter(function (i) { return i.key === last.key; })[0];
    flash("undone");
    if (item) select(item); else draw(false);
  }
  function edit() {
    var item = view.item;
    if (!item || !claimLike(item)) return;
    view.editing = true;
    view.message = "";
    draw(false);
    var first = $("rv-edit-value");
    if (first) { first.focus(); if (first.select) first.select(); }
  }
  function promote() {
    var item = view.item;
    if (!item || item.kind !== "rej" || claimLike(item)) return;
    view.editing = true;
    view.message = "";
    draw(false);
    var first = $("rv-edit-value");
    if (first) { first.focus(); if (first.select) first.select(); }
  }
  function readForm() {
    var values = {}, problems = [];
    FIELDS.forEach(function (k) {
      var input = $("rv-edit-" + k);
      var raw = input.value.trim();
      if (NUMERIC[k]) {
        var number = raw === "" ? null : Number(raw.replace(/,/g, ""));
        if (number !== null && isNaN(number)) problems.push(k + " is not a number");
        values[k] = number;
      } else if (k === "period") {
        if (raw && !PERIOD.test(raw)) problems.push("period: write 2018, 2018-04, 2018-04-30 or 2018-01/2018-04");
        values[k] = raw || null;
      } else {
        values[k] = raw === "" ? null : raw;
      }
    });
    if (values.value === null) problems.push("a claim needs a value");
    if (!values.bound) values.bound = "=";
    return {values: values, problems: problems};
  }
  function save() {
    var item = view.item;
    var read = readForm();
    if (read.problems.length) { view.message = read.problems.join("; "); draw(false); focusForm(); return; }
    if (item.kind === "rej") {
      decide(item, record(item, "promote", read.values));
      flash("promoted to a claim");
    } else {
      var before = original(item), changed = {};
      FIELDS.forEach(function (k) { if (read.values[k] !== before[k] && !(read.values[k] === null && before[k] === undefined)) changed[k] = read.values[k]; });
      decide(item, Object.keys(changed).length ? record(item, "edit", changed) : record(item, "accept"));
      flash(Object.keys(changed).length ? "edited: " + Object.keys(changed).join(", ") : "accepted (nothing changed)");
    }
    view.editing = false;
    draw(true);
  }
  function cancel() { view.editing = false; view.message = ""; draw(false); }
  function focusForm() { var first = $("rv-edit-value"); if (first) first.focus(); }

  // ---- export -------------------------------------------------------------------------------
  function exportLines() {  // the decisions on the claims and numbers of this page, in text order
    var lines = [];
    ALL.forEach(function (item) {
      var kept = state.decisions[item.key];
      if (kept) lines.push(JSON.stringify(line(item, kept)));
    });
    return lines.length ? lines.join("\n") + "\n" : "";
  }
  function exportFile() {
    var text = exportLines();
    var base = decodeURIComponent(location.pathname.split("/").pop() || "review").replace(/\.html?$/i, "");
    var name = base + ".decisions.jsonl";
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], {type: "application/x-ndjson"}));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 2000);
    var n = text ? text.split("\n").length - 1 : 0;
    flash("exported " + n + " decision" + (n === 1 ? "" : "s") + " to " + name);
  }

  // ---- drawing ------------------------------------------------------------------------------
  function chars(d) { if (!d.chars) d.chars = Array.from(d.text); return d.chars; }
  function evidenceOf(item) {  // [start, end, field, words, rule] of the selected item's fields
    if (item.kind === "rej") {
      return [[item.start, item.end, "number", item.text, item.data.rule + " (" + item.data.reason + ")"]];
    }
    var c = item.data.claim, out = [], seen = {};
    function add(start, end, field, words, rule) {
      if (start === null || start === undefined || end === null || end === undefined) return;
      var key = field + ":" + start + ":" + end;
      if (!seen[key]) { seen[key] = true; out.push([start, end, field, words, rule]); }
    }
    add(item.start, item.end, "value", item.text, "quantity");
    (c.evidence.fields || []).forEach(function (f) { add(f.start, f.end, f.field, f.text, f.rule); });
    if (c.period) add(c.period.text_start, c.period.text_end, "period", c.period.text, "period." + (c.period.origin || "words"));
    add(c.attribution_start, c.attribution_end, "attribution", c.attribution, "source." + (c.attribution_origin || "words"));
    return out;
  }
  function sentenceOf(item) {
    if (item.kind === "rej") return [item.data.sentence_start, item.data.sentence_end];
    var e = item.data.claim.evidence;
    return [e.sentence_start, e.sentence_end];
  }
  function drawText() {
    var d = DOCS[view.doc], text = chars(d), n = text.length, f = filters();
    var ranges = [];
    d.shades.forEach(function (s) { ranges.push({s: s[0], e: s[1], cls: s[2]}); });
    d.items.forEach(function (item) {
      var st = status(item);
      if (claimLike(item)) {
        var v = current(item);
        ranges.push({s: item.start, e: item.end, item: item, cls: "rv-fig rv-" + v.modality + " rv-st-" + st +
                     (filtering(f) && !matches(item, f) ? " rv-out" : "")});
      } else {
        ranges.push({s: item.start, e: item.end, item: item, cls: "rv-rej"});
      }
    });
    var sel = view.item && view.item.doc === view.doc ? view.item : null;
    if (sel) {
      var sentence = sentenceOf(sel);
      ranges.push({s: sentence[0], e: sentence[1], cls: "rv-sentence"});
      evidenceOf(sel).forEach(function (ev) { ranges.push({s: ev[0], e: ev[1], ev: ev}); });
    }
    ranges = ranges.filter(function (r) { return r.s >= 0 && r.s < r.e && r.e <= n; });
    var cuts = {0: true};
    cuts[n] = true;
    ranges.forEach(function (r) { cuts[r.s] = true; cuts[r.e] = true; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var out = [];
    for (var p = 0; p + 1 < points.length; p++) {
      var a = points[p], b = points[p + 1], cls = [], item = null, evs = [], tips = [];
      for (var r = 0; r < ranges.length; r++) {
        var range = ranges[r];
        if (range.s <= a && b <= range.e) {
          if (range.ev) { evs.push(range.ev[2]); tips.push(range.ev[2] + ": " + range.ev[3] + " · " + range.ev[4]); cls.push("rv-ev rv-ev-" + range.ev[2]); }
          else { cls.push(range.cls); if (range.item && !item) item = range.item; }
        }
      }
      var piece = esc(text.slice(a, b).join(""));
      if (!cls.length) { out.push(piece); continue; }
      var attrs = ' class="' + esc(cls.join(" ")) + '"';
      if (item) attrs += ' data-pos="' + item.pos + '"';
      if (evs.length) attrs += ' data-ev="' + esc(evs.join(" ")) + '" title="' + esc(tips.join("\n")) + '"';
      out.push("<span" + attrs + ">" + piece + "</span>");
    }
    $("rv-text").innerHTML = out.join("");
  }
  function drawHead() {
    var d = DOCS[view.doc];
    var facts = [d.when, d.claims.length + " claim" + (d.claims.length === 1 ? "" : "s"),
                 d.rejected.length ? d.rejected.length + (d.rejected.length === 1 ? " number" : " numbers") + " not made claims" : "", d.id];
    var notes = d.warnings.map(function (w) { return '<div class="rv-warning">' + esc(w) + "</div>"; }).join("");
    if (d.error) notes += '<div class="rv-error">could not be read: ' + esc(d.error) + "</div>";
    $("rv-doc-head").innerHTML = "<h2>" + esc(d.title) + '</h2><div class="rv-facts">' +
      facts.filter(Boolean).map(esc).join(" · ") + "</div>" + notes;
  }
  var MARK = {undecided: "", accepted: "✓", edited: "✎", rejected: "✗", promoted: "+"};
  function drawRows() {
    var d = DOCS[view.doc], f = filters();
    var rows = visible.filter(function (item) { return item.doc === view.doc; });
    $("rv-rows").innerHTML = rows.map(function (item) {
      var v = current(item), st = status(item);
      var measure = v.measure ? '<div class="rv-measure">' + esc(v.measure) + "</div>" : "";
      var words = item.kind === "claim" && item.data.claim.period && item.data.claim.period.text
        ? '<div class="rv-words">' + esc(item.data.claim.period.text) + "</div>" : "";
      return '<tr class="rv-row rv-st-' + st + (view.item === item ? " rv-current" : "") + '" data-pos="' + item.pos +
        '" data-key="' + esc(item.key) + '" data-status="' + st + '">' +
        '<td class="rv-num">' + (item.kind === "claim" ? item.n + 1 : "+") + "</td>" +
        '<td class="rv-st" title="' + st + '">' + MARK[st] + "</td>" +
        '<td class="rv-quote">' + esc(item.text) + measure + "</td>" +
        '<td class="rv-num">' + esc(figure(v)) + "</td>" +
        '<td><span class="rv-when">' + esc(periodShown(v.period)) + "</span>" + words + "</td>" +
        '<td><span class="rv-chip rv-' + esc(v.modality) + '">' + esc(v.modality) + "</span></td>" +
        "<td>" + esc(v.attribution || "") + "</td>" +
        "<td>" + esc(v.category) + "</td>" +
        '<td class="rv-num">' + confidence(item).toFixed(2) + "</td></tr>";
    }).join("") || '<tr><td colspan="9" class="rv-none">' +
      (d.claims.length && filtering(f) ? "No claim of this document passes the filters." : "No claims in this document.") + "</td></tr>";
    var rejected = numbers.filter(function (item) { return item.doc === view.doc; });
    $("rv-rej-rows").innerHTML = rejected.map(function (item) {
      return '<tr class="rv-rejrow' + (view.item === item ? " rv-current" : "") + '" data-pos="' + item.pos + '">' +
        '<td class="rv-quote">' + esc(item.text) + "</td><td>" + esc(item.data.reason) + '</td><td class="rv-rule">' +
        esc(item.data.rule) + "</td></tr>";
    }).join("") || '<tr><td class="rv-none">None listed.</td></tr>';
  }
  function editor(field, value) {
    var id = "rv-edit-" + field;
    if (CHOICES[field]) {
      return '<select id="' + id + '">' + CHOICES[field].map(function (c) {
        return '<option value="' + esc(c) + '"' + ((value || "") === c ? " selected" : "") + ">" + esc(c || "(none)") + "</option>";
      }).join("") + "</select>";
    }
    return '<input id="' + id + '" value="' + esc(value === null || value === undefined ? "" : value) + '"' +
      (field === "period" ? ' placeholder="2018 · 2018-04 · 2018-01/2018-04"' : "") + ">";
  }
  function drawDetail() {
    var item = view.item;
    if (!item || item.doc !== view.doc) { $("rv-detail").innerHTML = ""; return; }
    var st = status(item), out = [];
    if (!claimLike(item) && !view.editing) {
      out.push("<h3>Number not made a claim: “" + esc(item.text) + "”</h3>");
      out.push('<table class="rv-fields"><tr><th>reason</th><td>' + esc(item.data.reason) + '</td></tr><tr><th>rule</th><td class="rv-rule">' +
               esc(item.data.rule) + "</td></tr></table>");
      out.push('<div class="rv-actions"><button type="button" data-act="promote"><kbd>p</kbd> promote to a claim</button></div>');
      $("rv-detail").innerHTML = out.join("");
      return;
    }
    var v = current(item), was = original(item), evidence = evidenceOf(item), words = {};
    evidence.forEach(function (ev) { (words[ev[2]] = words[ev[2]] || []).push(ev); });
    out.push("<h3>" + (item.kind === "claim" ? "Claim " + (item.n + 1) : "Number made a claim") + ": “" + esc(item.text) +
             "” <span class=\"rv-measure\">" + esc(claimLike(item) ? st : "promoting: Enter saves") + "</span></h3>");
    out.push('<table class="rv-fields">');
    FIELDS.forEach(function (k) {
      var shown = view.editing ? editor(k, v[k]) :
        (was && JSON.stringify(was[k]) !== JSON.stringify(v[k]) ? '<span class="rv-was">' + esc(was[k]) + "</span>" : "") + esc(v[k] === null ? "—" : v[k]);
      var ev = (words[k] || []).map(function (e) {
        return '<span class="rv-evtext" data-field="' + esc(k) + '">' + esc(e[3]) + '</span> <span class="rv-rule">' + esc(e[4]) + "</span>";
      }).join("<br>");
      out.push('<tr data-field="' + esc(k) + '"><th>' + esc(k) + "</th><td>" + shown + "</td><td>" + ev + "</td></tr>");
    });
    Object.keys(words).forEach(function (k) {
      if (FIELDS.indexOf(k) < 0) {
        out.push('<tr data-field="' + esc(k) + '"><th>' + esc(k) + "</th><td></td><td>" + words[k].map(function (e) {
          return '<span class="rv-evtext">' + esc(e[3]) + '</span> <span class="rv-rule">' + esc(e[4]) + "</span>";
        }).join("<br>") + "</td></tr>");
      }
    });
    out.push("<tr><th>confidence</th><td>" + confidence(item).toFixed(2) + "</td><td></td></tr></table>");
    if (view.editing) {
      out.push('<div class="rv-actions"><button type="button" data-act="save"><kbd>Enter</kbd> save</button>' +
               '<button type="button" data-act="cancel"><kbd>Esc</kbd> cancel</button><span class="rv-message" id="rv-message">' +
               esc(view.message) + "</span></div>");
    } else {
      out.push('<div class="rv-actions"><button type="button" data-act="accept"><kbd>a</kbd> accept</button>' +
               '<button type="button" data-act="reject"><kbd>x</kbd> ' + (item.kind === "rej" ? "withdraw" : "reject") + "</button>" +
               '<button type="button" data-act="edit"><kbd>e</kbd> edit</button><button type="button" data-act="undo"><kbd>u</kbd> undo</button></div>');
    }
    $("rv-detail").innerHTML = out.join("");
  }
  function drawDocs() {
    var f = filters(), on = filtering(f), counts = {};
    visible.forEach(function (item) { counts[item.doc] = (counts[item.doc] || 0) + 1; });
    var shown = 0;
    $("rv-docs").innerHTML = DOCS.map(function (d, di) {
      if (on && !counts[di] && di !== view.doc) return "";
      shown++;
      var total = 0, done = 0;
      d.items.forEach(function (item) { if (claimLike(item)) { total++; if (status(item) !== "undecided") done++; } });
      return '<div class="rv-docitem' + (di === view.doc ? " rv-open" : "") + '" data-doc="' + di + '">' +
        '<div class="rv-doctitle">' + esc(d.title) + '</div><div class="rv-docmeta"><span>' + esc(d.id) + "</span><span" +
        (total && done === total ? ' class="rv-done"' : "") + ">" + (on ? (counts[di] || 0) + " of " : "") + done + "/" + total + "</span></div></div>";
    }).join("");
    $("rv-shown").textContent = on ? visible.length + " claims in " + shown + " documents pass the filters" : "";
    var decided = 0, total = 0;
    ALL.forEach(function (item) { if (claimLike(item)) { total++; if (status(item) !== "undecided") decided++; } });
    $("rv-progress").textContent = decided + " of " + total + " claims decided";
  }
  var drawnDoc = -1;
  function draw(scroll) {
    refilter();
    drawDocs();
    drawHead();
    var pane = $("rv-text"), top = pane.scrollTop;
    drawText();
    if (drawnDoc === view.doc) pane.scrollTop = top; else pane.scrollTop = 0;
    drawnDoc = view.doc;
    drawRows();
    drawDetail();
    if (scroll && view.item) {
      var mark = pane.querySelector('[data-pos="' + view.item.pos + '"]');
      if (mark) mark.scrollIntoView({block: "center"});
      var row = $("rv-list").querySelector('tr[data-pos="' + view.item.pos + '"]');
      if (row) row.scrollIntoView({block: "nearest"});
    }
    var open = $("rv-docs").querySelector(".rv-open");
    if (open && scroll) open.scrollIntoView({block: "nearest"});
  }
  var flashTimer = null;
  function flash(message) {
    var box = $("rv-status");
    box.textContent = message;
    box.classList.add("rv-shown-now");
    clearTimeout(flashTimer);
    flashTimer = setTimeout(function () { box.classList.remove("rv-shown-now"); }, 2200);
  }

  // ---- events -------------------------------------------------------------------------------
  function itemAt(node) {
    var hit = node.closest ? node.closest("[data-pos]") : null;
    return hit ? ALL[Number(hit.getAttribute("data-pos"))] : null;
  }
  $("rv-text").addEventListener("click", function (event) { var item = itemAt(event.target); if (item) select(item, false); });
  $("rv-rows").addEventListener("click", function (event) { var item = itemAt(event.target); if (item) select(item); });
  $("rv-rej-rows").addEventListener("click", function (event) { var item = itemAt(event.target); if (item) select(item); });
  $("rv-docs").addEventListener("click", function (event) {
    var hit = event.target.closest("[data-doc]");
    if (!hit) return;
    var di = Number(hit.getAttribute("data-doc"));
    var first = visible.filter(function (item) { return item.doc === di; })[0];
    if (first) select(first); else { view.doc = di; view.item = null; view.editing = false; draw(false); }
  });
  $("rv-detail").addEventListener("click", function (event) {
    var button = event.target.closest("[data-act]");
    if (!button) return;
    ({accept: accept, reject: reject, edit: edit, undo: undo, promote: promote, save: save, cancel: cancel})[button.getAttribute("data-act")]();
  });
  $("rv-detail").addEventListener("mouseover", function (event) {
    var row = event.target.closest("tr[data-field]");
    document.querySelectorAll(".rv-flash").forEach(function (e) { e.classList.remove("rv-flash"); });
    if (row) document.querySelectorAll(".rv-ev-" + row.getAttribute("data-field")).forEach(function (e) { e.classList.add("rv-flash"); });
  });
  $("rv-export").addEventListener("click", exportFile);
  $("rv-filters").addEventListener("submit", function (event) { event.preventDefault(); });
  ["rv-f-category", "rv-f-modality", "rv-f-unit", "rv-f-confidence", "rv-f-noperiod", "rv-f-nosource", "rv-f-status", "rv-search"]
    .forEach(function (id) {
      function changed(event) {
        var target = event.target;
        // a list or a box chosen: the keys go back to the claims
        if (event.type === "change" && (target.tagName === "SELECT" || target.type === "checkbox")) target.blur();
        refilter();
        if (!view.item || (visible.indexOf(view.item) < 0 && numbers.indexOf(view.item) < 0)) {
          // the claim open is filtered out: the next one that passes, from where the reviewer was
          var from = view.item ? view.item.pos : view.anchor;
          var next = visible.filter(function (item) { return item.pos >= from; })[0] || visible[0] || null;
          if (next) { select(next); return; }
          view.anchor = from;
          view.item = null;
        }
        draw(false);
      }
      $(id).addEventListener("input", changed);
      $(id).addEventListener("change", changed);
    });
  document.addEventListener("keydown", function (event) {
    var target = event.target, tag = target && target.tagName;
    var typing = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
    if (typing) {
      if (view.editing && target.id && target.id.indexOf("rv-edit-") === 0) {
        if (event.key === "Enter") { event.preventDefault(); save(); }
        else if (event.key === "Escape") { event.preventDefault(); cancel(); }
        return;
      }
      if (event.key === "Escape" || event.key === "Enter") {  // a filter: back to the claims
        event.preventDefault();
        target.blur();
        refilter();
        if (event.key === "Enter" && visible.length && (!view.item || visible.indexOf(view.item) < 0)) select(visible[0]);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var act = {j: function () { step(visible, 1); }, k: function () { step(visible, -1); },
               J: function () { step(numbers, 1); }, K: function () { step(numbers, -1); },
               a: accept, x: reject, e: edit, u: undo, p: promote,
               "/": function () { $("rv-search").focus(); $("rv-search").select(); },
               Escape: function () { if (view.editing) cancel(); }}[event.key];
    if (act) { event.preventDefault(); act(); }
  });

  // ---- start: the first claim open ----------------------------------------------------------
  refilter();
  var restored = ALL.filter(function (item) { return state.decisions[item.key]; }).length;
  if (visible.length) select(visible[0]); else draw(false);
  if (restored) flash("restored " + restored + " decision" + (restored === 1 ? "" : "s") + " kept in this browser");
  // for scripts and tests: the decisions as exported, and the claims that pass the filters
  window.sinorusReview = {
    exportLines: exportLines,
    open: function () { return view.item ? DOCS[view.item.doc].id + ":" + view.item.text : null; },
    shown: function () { return visible.map(function (item) { return DOCS[item.doc].id + ":" + item.text; }); }
  };
})();
