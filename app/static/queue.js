// Keyboard moderation for the queue and thread pages. Everything here is an enhancement: each
// action is an ordinary form that also works without JS. With JS, the same form is sent by fetch,
// the decided item leaves the list and the next one gets focus, with no page reload.
(function () {
  "use strict";

  function items() { return Array.prototype.slice.call(document.querySelectorAll("#items .item")); }

  function current() {
    var el = document.activeElement;
    while (el && el !== document.body) {
      if (el.classList && el.classList.contains("item")) { return el; }
      el = el.parentElement;
    }
    return null;
  }

  function focusItem(el) {
    if (!el) { return; }
    items().forEach(function (i) { i.classList.remove("focused"); });
    el.classList.add("focused");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var idx = list.indexOf(current());
    var next = idx < 0 ? 0 : Math.min(list.length - 1, Math.max(0, idx + step));
    focusItem(list[next]);
  }

  function say(message, kind) {
    var flash = document.getElementById("flash");
    if (!flash) { return; }
    var p = document.createElement("p");
    p.className = "flash " + (kind || "info");
    p.textContent = message;  // textContent: server messages are never parsed as HTML
    flash.replaceChildren(p);
  }

  // Which nav queues a comment in this state belongs to (the server's _queue_condition, for the
  // queues a decision can change); "reported" and "all" do not change with a decision.
  var MEMBERSHIP = {
    review: function (c) { return c.review_state === "needs_review"; },
    escalated: function (c) { return c.review_state === "escalated"; },
    held: function (c) { return c.status === "held"; },
    decided: function (c) { return Boolean(c.decided); }
  };

  // Keep the nav counts true after an action without a reload: the comment matched every filter the
  // counts use (it was on this page), so each queue it left or joined moves by exactly one.
  function recount(before, after) {
    Object.keys(MEMBERSHIP).forEach(function (queue) {
      var delta = (MEMBERSHIP[queue](after) ? 1 : 0) - (MEMBERSHIP[queue](before) ? 1 : 0);
      var badge = document.querySelector('nav.queues a[data-queue="' + queue + '"] .count');
      if (!delta || !badge || /\+$/.test(badge.textContent)) { return; }  // "1000+" stays as it is
      badge.textContent = String(Math.max(0, parseInt(badge.textContent, 10) + delta));
    });
  }

  function act(item, action, reason, note) {
    var form = item.querySelector("form.act");
    if (!form) { return; }
    var data = new FormData(form);
    data.set("action", action);
    if (reason) { data.set("reason", reason); }
    if (note) { data.set("note", note); }
    item.classList.add("busy");
    // form.action would be the <input name="action">, not the attribute
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "fetch" }
    }).then(function (resp) {
      return resp.json().then(function (body) { return { status: resp.status, body: body }; });
    }).then(function (res) {
      item.classList.remove("busy");
      if (res.status === 200 && res.body.ok) {
        say(res.body.message, "info");
        var after = { status: res.body.comment.status, review_state: res.body.comment.review_state,
                      decided: res.body.comment.decided_at };
        if (item.dataset.status !== undefined) {
          recount({ status: item.dataset.status, review_state: item.dataset.reviewState,
                    decided: item.dataset.decided }, after);
          item.dataset.status = after.status;
          item.dataset.reviewState = after.review_state;
          item.dataset.decided = after.decided ? "1" : "";
        }
        var list = items();
        var idx = list.indexOf(item);
        var next = list[idx + 1] || list[idx - 1] || null;
        if (item.classList.contains("tcomment")) {
          // Thread view: the comment stays in the tree; show its new state and version.
          item.dataset.version = res.body.comment.version;
          item.querySelectorAll("input[name=expected_version]").forEach(function (i) { i.value = res.body.comment.version; });
          var state = item.querySelector(".state");
          if (state) { state.textContent = res.body.comment.status + " / " + res.body.comment.review_state.replace("_", " "); }
          next = list[idx + 1] || item;
        } else {
          item.remove();
        }
        focusItem(next);
      } else {
        say(res.body.error || ("Failed (" + res.status + ")"), res.status === 409 ? "conflict" : "error");
        item.classList.add("conflicted");
        focusItem(item);
      }
    }).catch(function () {
      item.classList.remove("busy");
      say("Network error: nothing was changed.", "error");
    });
  }

  function askReason(item) {
    var dialog = document.getElementById("remove-dialog");
    if (!dialog || typeof dialog.showModal !== "function") {
      var reason = window.prompt("Reason (incitement, threat, hate, insult, spam, off_topic, other)");
      if (reason) { act(item, "remove", reason.trim(), ""); }
      return;
    }
    var note = document.getElementById("remove-note");
    note.value = "";
    dialog.returnValue = "";
    dialog.onclose = function () {
      if (dialog.returnValue === "ok") {
        act(item, "remove", document.getElementById("remove-reason").value, note.value);
      } else {
        focusItem(item);
      }
    };
    dialog.showModal();
    document.getElementById("remove-reason").focus();
  }

  function toggleHelp() {
    var help = document.getElementById("help");
    if (!help) { return; }
    if (help.open) { help.close(); } else { help.showModal(); }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var tag = (ev.target && ev.target.tagName) || "";
    if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(tag) && ev.key !== "Escape") { return; }
    if (document.querySelector("dialog[open]") && ev.key !== "?") { return; }
    var item = current();
    switch (ev.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "?": toggleHelp(); break;
      case "a": if (item) { act(item, "approve"); } break;
      case "e": if (item) { act(item, "escalate"); } break;
      case "d": if (item) { act(item, "defer"); } break;
      case "r": if (item) { askReason(item); } break;
      case "x":
        if (item) {
          var box = item.querySelector("input[type=checkbox]");
          if (box) { box.checked = !box.checked; }
        }
        break;
      case "z": if (item && item.dataset.singleUrl) { window.location.assign(item.dataset.singleUrl); } break;
      default: return;
    }
    ev.preventDefault();
  });

  document.addEventListener("click", function (ev) {
    var item = ev.target.closest ? ev.target.closest("#items .item") : null;
    if (item && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A|OPTION)$/.test(ev.target.tagName)) { focusItem(item); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var focus = document.querySelector("#items .item.focus") || items()[0];
    if (focus) { focusItem(focus); }
  });
})();
