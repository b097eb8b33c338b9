// Keyboard moderation for the queue and thread pages. Everything here is an enhancement: each
// action is an ordinary form that also works without JS. With JS, the same form is sent by fetch,
// the decided item leaves the list and the next one gets focus, with no page reload; the
// confirmation floats at the bottom of the window with an Undo (key u) for a few seconds.
(function () {
  "use strict";

  var UNDO_SECONDS = 10;  // the server's OFFER_SECONDS; the service itself accepts undo for longer
  var JSON_HEADERS = { "Accept": "application/json", "X-Requested-With": "fetch" };
  var undoOffer = null;   // the action the toast offers to undo: {run: function}
  var toastTimer = null;

  function items() { return Array.prototype.slice.call(document.querySelectorAll("#items .item")); }

  function current() {
    var el = document.activeElement;
    while (el && el !== document.body) {
      if (el.classList && el.classList.contains("item")) { return el; }
      el = el.parentElement;
    }
    return null;
  }

  // The part of the window that the floating confirmation does not cover.
  function viewBottom() {
    var flash = document.getElementById("flash");
    var covered = flash && flash.childElementCount ? flash.getBoundingClientRect().height + 16 : 0;
    return window.innerHeight - covered;
  }

  // Keep a card in view: untouched when it is whole on screen, else its top just under the window's top.
  function reveal(el) {
    var rect = el.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= viewBottom()) { return; }
    window.scrollBy(0, rect.top - 12);
  }

  function focusItem(el) {
    if (!el) { return; }
    items().forEach(function (i) { i.classList.remove("focused"); });
    el.classList.add("focused");
    el.focus({ preventScroll: true });
    reveal(el);
  }

  // j/k move between cards; on a card taller than the window they first scroll through it, so the
  // whole of a long comment can be read from the keyboard and the keys never stop working.
  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var cur = current();
    if (cur) {
      var rect = cur.getBoundingClientRect(), bottom = viewBottom();
      if (step > 0 && rect.top < bottom && rect.bottom > bottom + 4) {
        window.scrollBy(0, Math.min(rect.bottom - bottom + 12, bottom * 0.8));
        return;
      }
      if (step < 0 && rect.top < -4 && rect.bottom > 0) {
        window.scrollBy(0, Math.max(rect.top - 12, -bottom * 0.8));
        return;
      }
    }
    var idx = list.indexOf(cur);
    var next = idx < 0 ? 0 : Math.min(list.length - 1, Math.max(0, idx + step));
    focusItem(list[next]);
  }

  function button(text, key, className, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text + (key ? " " : "");
    if (key) { var k = document.createElement("kbd"); k.textContent = key; b.appendChild(k); }
    b.addEventListener("click", onClick);
    return b;
  }

  function clearToast() {
    var flash = document.getElementById("flash");
    if (flash) { flash.replaceChildren(); }
    undoOffer = null;
  }

  // One confirmation at a time, in view; an info one leaves after UNDO_SECONDS, with its undo.
  function say(message, kind, undo) {
    var flash = document.getElementById("flash");
    if (!flash) { return; }
    var p = document.createElement("p");
    p.className = "flash " + (kind || "info");
    var span = document.createElement("span");
    span.textContent = message;  // textContent: server messages are never parsed as HTML
    p.appendChild(span);
    undoOffer = undo ? { run: undo } : null;
    if (undo) { p.appendChild(button("Undo", "u", "undo", function () { runUndo(); })); }
    p.appendChild(button("×", "", "close", clearToast));
    flash.replaceChildren(p);
    window.clearTimeout(toastTimer);
    if ((kind || "info") === "info") { toastTimer = window.setTimeout(clearToast, UNDO_SECONDS * 1000); }
  }

  function runUndo() {
    if (undoOffer) {
      var offer = undoOffer;
      undoOffer = null;
      offer.run();
      return;
    }
    var form = document.querySelector("#flash form.undo-offer");  // after a reload (bulk or plain form)
    if (form) { form.requestSubmit(); }
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

  function stateOf(comment) {
    return { status: comment.status, review_state: comment.review_state, decided: comment.decided_at };
  }

  // Whether a card in this state still belongs on this page (the single-comment page keeps it).
  function staysHere(state) {
    var section = document.getElementById("items");
    var queue = section && section.dataset.queue;
    if (!queue || !MEMBERSHIP[queue]) { return true; }
    return MEMBERSHIP[queue](state);
  }

  function post(url, data) {
    return fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: JSON_HEADERS })
      .then(function (resp) {
        return resp.json().then(function (body) { return { status: resp.status, body: body }; });
      });
  }

  // The card as the server renders it now (new version, Restore or Approve, state), ready to insert.
  function freshCard(singleUrl) {
    var here = window.location.pathname + window.location.search;
    var single = document.querySelector("#items.single") ? "&single=1" : "";
    return fetch(singleUrl + "/card?next=" + encodeURIComponent(here) + single,
                 { credentials: "same-origin" })
      .then(function (resp) { if (!resp.ok) { throw new Error(String(resp.status)); } return resp.text(); })
      .then(function (html) {
        var tpl = document.createElement("template");
        tpl.innerHTML = html.trim();  // our own escaped template; the CSP forbids inline scripts anyway
        var card = tpl.content.querySelector(".item");
        prepare(card);
        return card;
      });
  }

  // The server's wording for each status pair ("Held, waiting for review"), from #items.
  function stateWords(status, review) {
    var items = document.getElementById("items");
    var table = items && items.dataset.stateWords ? JSON.parse(items.dataset.stateWords) : {};
    return table[status + "/" + review] || (status + ", " + review.replace(/_/g, " "));
  }

  function setThreadState(item, comment) {
    item.dataset.version = comment.version;
    item.querySelectorAll("input[name=expected_version]").forEach(function (i) { i.value = comment.version; });
    var state = item.querySelector(".state");
    if (state) { state.textContent = stateWords(comment.status, comment.review_state); }
    item.dataset.status = comment.status;
    // A removed row offers Restore where the others offer Approve, as the server renders it.
    var first = item.querySelector("form.act button[value=approve], form.act button[value=restore]");
    if (first) {
      var removed = comment.status === "removed";
      first.value = removed ? "restore" : "approve";
      first.textContent = removed ? "Restore" : "Approve";
    }
  }

  function undoAction(item, comment, slot) {
    var data = new FormData();
    data.set("csrf_token", document.querySelector('meta[name="csrf-token"]').content);
    data.set("entry", comment.audit_id);
    say("Undoing…", "info");
    post(document.getElementById("flash").dataset.undoUrl, data).then(function (res) {
      if (res.status !== 200 || !res.body.ok) {
        say(res.body.message || res.body.error || ("Undo failed (" + res.status + ")"), "conflict");
        return;
      }
      var restored = res.body.comments[0];
      if (item.classList.contains("tcomment")) {
        setThreadState(item, restored);
        say(res.body.message, "info");
        focusItem(item);
        return;
      }
      return freshCard(item.dataset.singleUrl).then(function (card) {
        recount(stateOf(comment), stateOf(restored));
        var place = slot && slot.parentNode ? slot : document.getElementById(item.id);
        if (place) { place.replaceWith(card); } else { document.getElementById("items").prepend(card); }
        say(res.body.message, "info");
        focusItem(card);
      });
    }).catch(function () { say("Network error: the undo may not have happened; reload to see.", "error"); });
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
    post(form.getAttribute("action"), data).then(function (res) {
      item.classList.remove("busy");
      if (res.status !== 200 || !res.body.ok) {
        say(res.body.error || ("Failed (" + res.status + ")"), res.status === 409 ? "conflict" : "error");
        item.classList.add("conflicted");
        focusItem(item);
        return;
      }
      var comment = res.body.comment;
      var after = stateOf(comment);
      var before = { status: item.dataset.status, review_state: item.dataset.reviewState,
                     decided: item.dataset.decided };
      var list = items();
      var idx = list.indexOf(item);
      var next = list[idx + 1] || list[idx - 1] || null;
      var slot = null;
      if (item.classList.contains("tcomment")) {
        // Thread view: the comment stays in the tree; show its new state and version.
        setThreadState(item, comment);
        next = list[idx + 1] || item;
      } else {
        recount(before, after);
        if (staysHere(after)) {
          var old = item;
          freshCard(item.dataset.singleUrl).then(function (card) {
            old.replaceWith(card);
            if (!next || next === old) { focusItem(card); }
          }).catch(function () { old.dataset.status = after.status; });
          if (!list[idx + 1]) { next = null; }
        } else {
          slot = document.createComment("undo slot");  // where the card goes back if undone
          item.parentNode.insertBefore(slot, item);
          item.remove();
        }
      }
      say(res.body.message, "info", comment.audit_id ? function () { undoAction(item, comment, slot); } : null);
      if (next) { focusItem(next); }
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
    var select = document.getElementById("remove-reason");
    var note = document.getElementById("remove-note");
    var suggested = item.dataset.suggestedReason || "";
    select.value = select.querySelector('option[value="' + suggested + '"]') ? suggested : "";
    note.value = "";
    hint("");
    dialog.returnValue = "";
    dialog.onclose = function () {
      if (dialog.returnValue === "ok" && select.value) {
        act(item, "remove", select.value, note.value);
      } else {
        focusItem(item);
      }
    };
    dialog.showModal();
    select.focus();
  }

  function hint(message) {
    var el = document.getElementById("remove-hint");
    if (!el) { return; }
    if (!el.dataset.keys) { el.dataset.keys = el.innerHTML; }
    if (message) { el.textContent = message; el.classList.add("error"); }
    else { el.innerHTML = el.dataset.keys; el.classList.remove("error"); }
  }

  // In the remove dialog: digits pick a reason, Enter removes only once a reason is chosen.
  function dialogKeys(ev) {
    var dialog = document.getElementById("remove-dialog");
    var select = document.getElementById("remove-reason");
    var note = document.getElementById("remove-note");
    if (/^[1-9]$/.test(ev.key) && ev.target !== note) {
      var option = select.options[parseInt(ev.key, 10)];
      if (option) { select.value = option.value; hint(""); }
      ev.preventDefault();
    } else if (ev.key === "Enter" && ev.target.tagName !== "BUTTON") {
      ev.preventDefault();
      if (!select.value) {
        hint("Choose a reason first (keys 1–" + (select.options.length - 1) + ").");
        select.focus();
      } else if (select.value === "other" && !note.value.trim()) {
        hint("“Other” needs a note.");
        note.focus();
      } else {
        dialog.close("ok");
      }
    }
  }

  function toggleLong(item) {
    var link = item.querySelector("a.show-all");
    var body = item.querySelector(".body.long");
    if (!link || !body) { return; }
    var open = body.classList.toggle("expanded");
    link.setAttribute("aria-expanded", open ? "true" : "false");
    link.firstChild.textContent = open ? "Show less " : "Show all ";
    if (!open) { reveal(item); }
  }

  function toggleHelp() {
    var help = document.getElementById("help");
    if (!help) { return; }
    if (help.open) { help.close(); } else { help.showModal(); }
  }

  // A card as it arrives: the inline reason list starts where the dialog would.
  function prepare(card) {
    var select = card && card.querySelector("form.act select[name=reason]");
    var suggested = card && card.dataset.suggestedReason;
    if (select && suggested && !select.value && select.querySelector('option[value="' + suggested + '"]')) {
      select.value = suggested;
    }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var help = document.getElementById("help");
    if (ev.key === "?" && help && help.open) { help.close(); ev.preventDefault(); return; }
    var tag = (ev.target && ev.target.tagName) || "";
    if (/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(tag) && ev.key !== "Escape") { return; }
    if (document.querySelector("dialog[open]") && ev.key !== "?") { return; }
    var item = current();
    switch (ev.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "?": toggleHelp(); break;
      case "a": if (item) { act(item, item.dataset.status === "removed" ? "restore" : "approve"); } break;
      case "e": if (item) { act(item, "escalate"); } break;
      case "d": if (item) { act(item, "defer"); } break;
      case "r": if (item) { askReason(item); } break;
      case "u": runUndo(); break;
      case "m": if (item) { toggleLong(item); } break;
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
    var link = ev.target.closest ? ev.target.closest("#items .item a.show-all") : null;
    if (link) { ev.preventDefault(); toggleLong(link.closest(".item")); return; }
    var item = ev.target.closest ? ev.target.closest("#items .item") : null;
    if (item && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A|OPTION)$/.test(ev.target.tagName)) { focusItem(item); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    items().forEach(prepare);
    var dialog = document.getElementById("remove-dialog");
    if (dialog) { dialog.addEventListener("keydown", dialogKeys); }
    // Messages that came with the page (after a form post or a bulk action): closable, and an
    // info one, with its undo offer, leaves after UNDO_SECONDS.
    document.querySelectorAll("#flash .flash").forEach(function (el) {
      el.appendChild(button("×", "", "close", function () { el.remove(); }));
    });
    if (document.querySelector("#flash .flash.info")) {
      toastTimer = window.setTimeout(function () {
        document.querySelectorAll("#flash .flash.info").forEach(function (el) { el.remove(); });
      }, UNDO_SECONDS * 1000);
    }
    var focus = document.querySelector("#items .item.focus") || items()[0];
    if (focus) { focusItem(focus); }
  });
})();
