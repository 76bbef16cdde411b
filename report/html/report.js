// Filters by verdict and article, and copy buttons. Without this script
// every quotation and card is shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var boxes = form.querySelectorAll("input[name=verdict]");
  var select = form.querySelector("select[name=article]");
  var shown = document.getElementById("shown");
  var cards = document.querySelectorAll(".card");
  var marks = document.querySelectorAll("a.hl");
  var sections = document.querySelectorAll("section.article");

  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var art = select.value;
    sections.forEach(function (s) { s.hidden = art !== "" && s.id !== art; });
    var n = 0;
    cards.forEach(function (c) {
      c.hidden = !on[c.dataset.verdict];
      if (!c.hidden && (art === "" || c.dataset.article === art)) n++;
    });
    marks.forEach(function (m) { m.classList.toggle("dim", !on[m.dataset.verdict]); });
    shown.textContent = n + " of " + cards.length + " quotations shown";
  }

  function showAll() {
    boxes.forEach(function (b) { b.checked = true; });
    select.value = "";
    apply();
  }

  form.addEventListener("change", apply);
  form.addEventListener("click", function (e) {
    var which = e.target.getAttribute && e.target.getAttribute("data-show");
    if (!which) return;
    boxes.forEach(function (b) { b.checked = which === "all" || b.hasAttribute("data-failing"); });
    apply();
  });
  // a link to a quotation the filters hide shows everything again
  window.addEventListener("hashchange", function () {
    var t = document.getElementById(location.hash.slice(1));
    if (t && t.closest("[hidden]")) {
      showAll();
      t.scrollIntoView();
    }
  });

  document.querySelectorAll(".copy").forEach(function (box) {
    var text = box.querySelector(".copytext");
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Copy";
    button.addEventListener("click", function () {
      var range = document.createRange();
      range.selectNodeContents(text);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      button.textContent = ok ? "Copied" : "Selected: press Ctrl+C";
    });
    box.querySelector("h3").appendChild(button);
  });

  // the filters show the counts per verdict: the static list can go
  var counts = document.querySelector("ul.counts");
  if (counts) counts.hidden = true;
  form.hidden = false;
  apply();
})();
