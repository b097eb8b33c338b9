// The thread view: fold reply chains. The server renders rows flat in tree order with their depth,
// and a button under each comment with replies; chains with nothing flagged start folded, so a long
// thread opens on what needs a moderator. A folded row is `hidden`; keyboard focus landing on one
// (j/k in queue.js) unfolds what hides it. State changes queue.js writes as "status / review" are
// put back into words.
(function () {
  "use strict";
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#items > li.tcomment")); }

  function below(all, i) {
    var depth = Number(all[i].dataset.depth), out = [];
    for (var j = i + 1; j < all.length && Number(all[j].dataset.depth) > depth; j++) { out.push(all[j]); }
    return out;
  }

  function label(button, open) {
    var n = Number(button.dataset.replies), f = Number(button.dataset.flagged);
    var what = n + (n === 1 ? " reply" : " replies") + (f ? ", " + f + " flagged" : ", none flagged");
    button.textContent = (open ? "▾ Hide " : "▸ Show ") + what;
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }

  // Rows are hidden when any ancestor's button is folded: recompute from the top in one pass.
  function apply() {
    var all = rows(), foldedTo = Infinity;
    all.forEach(function (row) {
      var depth = Number(row.dataset.depth);
      if (depth <= foldedTo) { foldedTo = Infinity; }
      row.hidden = depth > foldedTo;
      var button = row.querySelector("button.subtree");
      if (!row.hidden && button && button.getAttribute("aria-expanded") === "false") { foldedTo = depth; }
    });
  }

  function setOpen(row, open) {
    var button = row.querySelector("button.subtree");
    if (button) { label(button, open); }
  }

  function unfoldTo(row) {
    var all = rows(), i = all.indexOf(row), depth = Number(row.dataset.depth);
    for (var j = i - 1; j >= 0 && depth > 0; j--) {
      var d = Number(all[j].dataset.depth);
      if (d < depth) { setOpen(all[j], true); depth = d; }
    }
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var list = document.getElementById("items");
    if (!list || !list.classList.contains("thread")) { return; }
    rows().forEach(function (row) {
      var button = row.querySelector("button.subtree");
      if (button) { label(button, button.dataset.open === "1"); }
    });
    var focus = document.querySelector("#items > li.tcomment.focus");
    if (focus) { unfoldTo(focus); } else { apply(); }
    list.addEventListener("click", function (ev) {
      var more = ev.target.closest ? ev.target.closest("button.more") : null;
      if (more) {
        var body = more.parentNode.querySelector(".body");
        var open = body.classList.toggle("expanded");
        more.textContent = open ? "Show less" : "Show the whole comment";
        more.setAttribute("aria-expanded", open ? "true" : "false");
        return;
      }
      var button = ev.target.closest ? ev.target.closest("button.subtree") : null;
      if (!button) { return; }
      label(button, button.getAttribute("aria-expanded") !== "true");
      apply();
    });
    document.querySelectorAll("[data-fold]").forEach(function (control) {
      control.addEventListener("click", function () {
        var mode = control.dataset.fold;
        rows().forEach(function (row) {
          var button = row.querySelector("button.subtree");
          if (button) { label(button, mode === "all" || Number(button.dataset.flagged) > 0); }
        });
        apply();
      });
    });
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        var row = change.target.closest ? change.target.closest("li.tcomment") : null;
        if (!row) { return; }
        if (change.attributeName === "class" && row.classList.contains("focused") && row.hidden) {
          unfoldTo(row);
          row.focus({ preventScroll: true });
          row.scrollIntoView({ block: "nearest" });
        }
      });
    }).observe(list, { subtree: true, attributes: true, attributeFilter: ["class"] });
  });
})();
