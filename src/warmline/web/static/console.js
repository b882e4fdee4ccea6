// Warmline agent console: live updates over the console socket, form posts without reloads, shortcuts.
(function () {
  "use strict";
  var script = document.getElementById("console-script");
  if (!script) return;
  var csrf = script.dataset.csrf;
  var page = script.dataset.page;
  var conversationId = script.dataset.conversation ? Number(script.dataset.conversation) : null;
  var ticket = script.dataset.ticket;
  var statusEl = document.getElementById("live-status");
  var retry = 0;

  function setStatus(text) { if (statusEl) statusEl.textContent = text; }

  function debounce(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  function refreshInbox() {
    var table = document.getElementById("inbox");
    if (!table) return;
    fetch("/console/inbox-rows?filter=" + encodeURIComponent(table.dataset.filter || "all"), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { document.getElementById("inbox-rows").innerHTML = html; markSelected(); })
      .catch(function () {});
  }

  function refreshMessages() {
    var box = document.getElementById("messages");
    if (!box) return;
    fetch("/console/c/" + conversationId + "/messages", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        box.innerHTML = html;
        var list = document.getElementById("message-list");
        if (list) list.scrollTop = list.scrollHeight;
      })
      .catch(function () {});
  }

  var laterInbox = debounce(refreshInbox, 250);
  var laterMessages = debounce(refreshMessages, 150);
  function reloadWhenIdle() {
    var a = document.activeElement;
    if (a && (a.tagName === "SELECT" || a.tagName === "INPUT" || a.tagName === "TEXTAREA")) {
      setTimeout(reloadWhenIdle, 2000);  // never pull the page away from someone choosing an agent
      return;
    }
    location.reload();
  }
  var laterReload = debounce(reloadWhenIdle, 1500);
  var typingTimer = null;

  function onEvent(event) {
    if (event.type === "ready") { setStatus("live"); retry = 0; return; }
    var cid = event.conversation_id || (event.conversation && event.conversation.id) || (event.message && event.message.conversation_id);
    if (page === "inbox") { laterInbox(); return; }
    if (page === "supervisor") { laterReload(); return; }
    if (page === "conversation" && cid === conversationId) {
      if (event.type === "typing") {
        if (event.who === "customer") {
          var el = document.getElementById("typing");
          el.textContent = "The customer is typing…";
          clearTimeout(typingTimer);
          typingTimer = setTimeout(function () { el.textContent = ""; }, 4000);
        }
        return;
      }
      if (event.type === "message.created" && event.message && event.message.author === "customer") {
        document.getElementById("typing").textContent = "";
      }
      laterMessages();
    }
  }

  function connect() {
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    var ws = new WebSocket(proto + "//" + location.host + "/console/live?ticket=" + encodeURIComponent(ticket));
    ws.onmessage = function (m) { try { onEvent(JSON.parse(m.data)); } catch (e) { /* ignore */ } };
    ws.onclose = function () {
      setStatus("reconnecting…");
      retry = Math.min(retry + 1, 6);
      setTimeout(function () {
        fetch("/console/live-ticket", { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
          .then(function (body) { ticket = body.ticket; connect(); if (page === "inbox") refreshInbox(); if (page === "conversation") refreshMessages(); })
          .catch(function (status) { if (status === 401) { location.href = "/console/login"; } else { ws.onclose(); } });
      }, 500 * retry);
    };
    setInterval(function () { if (ws.readyState === 1) ws.send("ping"); }, 25000);
  }
  connect();

  function randomId() {
    return "c-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }

  // Forms post in the background; the page stays where it is.
  document.querySelectorAll("form[data-js-post]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var idField = form.querySelector("input[name=client_msg_id]");
      if (idField && !idField.value) idField.value = randomId();
      var button = form.querySelector("button[type=submit]");
      if (button) button.disabled = true;
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                           headers: { "Accept": "application/json", "X-CSRF-Token": csrf } })
        .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
        .then(function (res) {
          if (!res.ok) { alert(res.body.error ? res.body.error.message : "That did not work."); return; }
          if (form.id === "reply-form" || form.id === "note-form") {
            lastTyping = 0;
            form.querySelector("textarea").value = "";
            if (idField) idField.value = "";
            refreshMessages();
          } else {
            location.reload();
          }
        })
        .catch(function () { alert("The console could not reach the server; nothing was lost, try again."); })
        .finally(function () { if (button) button.disabled = false; });
    });
  });

  var presence = document.querySelector("select[data-autosubmit]");
  if (presence) presence.addEventListener("change", function () {
    var form = presence.form;
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                         headers: { "Accept": "application/json", "X-CSRF-Token": csrf } });
  });

  var reply = document.getElementById("reply-text");
  var lastTyping = 0;
  if (reply) {
    reply.addEventListener("input", function () {
      var now = Date.now();
      if (now - lastTyping < 3000) return;
      lastTyping = now;
      var body = new FormData(); body.append("csrf", csrf);
      fetch("/console/c/" + conversationId + "/typing", { method: "POST", body: body, credentials: "same-origin",
                                                          headers: { "X-CSRF-Token": csrf } });
    });
    reply.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); document.getElementById("reply-form").requestSubmit(); }
    });
  }
  var useOpening = document.getElementById("use-opening");
  if (useOpening && reply) useOpening.addEventListener("click", function () {
    var opening = document.getElementById("empathy-opening").textContent;
    reply.value = opening + (reply.value ? "\n\n" + reply.value : "");
    reply.focus();
  });

  // SLA countdown on the conversation page.
  var timer = document.getElementById("sla-timer");
  if (timer) setInterval(function () {
    var left = Math.round((new Date(timer.dataset.due) - new Date()) / 1000);
    var abs = Math.abs(left), text = abs < 60 ? abs + "s" : abs < 3600 ? Math.floor(abs / 60) + "m" : Math.floor(abs / 3600) + "h " + Math.floor(abs % 3600 / 60) + "m";
    var state = left < 0 ? "breached" : new Date() >= new Date(timer.dataset.warn) ? "warning" : "ok";
    timer.className = "sla-" + state;
    timer.textContent = timer.dataset.kind + (left >= 0 ? ": " + text + " left" : ": overdue by " + text) +
      (state === "ok" ? "" : " (" + state + ")");
  }, 1000);

  // Keyboard shortcuts (never while typing in a field, except Escape).
  var selected = -1;
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#inbox-rows tr[data-href]")); }
  function markSelected() {
    rows().forEach(function (r, i) { r.classList.toggle("selected", i === selected); if (i === selected) r.setAttribute("aria-selected", "true"); else r.removeAttribute("aria-selected"); });
  }
  var filterKeys = ["all", "mine", "team", "unassigned", "waiting", "breaching"];
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (e.key === "Escape" && typing) { t.blur(); return; }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (page === "inbox") {
      var list = rows();
      if (e.key === "j") { selected = Math.min(selected + 1, list.length - 1); markSelected(); }
      else if (e.key === "k") { selected = Math.max(selected - 1, 0); markSelected(); }
      else if (e.key === "Enter" && selected >= 0 && list[selected]) { location.href = list[selected].dataset.href; }
      else if (/^[1-6]$/.test(e.key)) { location.href = "/console?filter=" + filterKeys[Number(e.key) - 1]; }
    }
    if (page === "conversation") {
      if (e.key === "r") { e.preventDefault(); reply && reply.focus(); }
      else if (e.key === "n") { e.preventDefault(); var note = document.getElementById("note-text"); note && note.focus(); }
      else if (e.key === "a") { var a = document.getElementById("assign-me"); a && a.click(); }
      else if (e.key === "h") { e.preventDefault(); var hb = document.getElementById("handback-resolved"); hb && hb.focus(); }
      else if (e.key === "g" || e.key === "u") { location.href = "/console"; }
    }
    if (e.key === "?") {
      alert("Inbox: j/k move, Enter open, 1-6 filters.\nConversation: r reply, n note, a assign to me, h hand back, g inbox, Ctrl+Enter send.\nEscape leaves a field.");
    }
  });
})();
