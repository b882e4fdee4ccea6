// Warmline widget (inside its frame). Messages carry client ids, are kept in an outbox until the server has
// them, and are rendered once per server id, so a dropped connection or a reload neither loses nor repeats.
(function () {
  "use strict";
  var root = document.getElementById("wl");
  var workspace = root.dataset.workspace;
  var KEY = "warmline:" + workspace;
  var log = document.getElementById("wl-log");
  var scroller = document.getElementById("wl-scroll");
  var statusEl = document.getElementById("wl-status");
  var typingEl = document.getElementById("wl-typing");
  var input = document.getElementById("wl-input");
  var form = document.getElementById("wl-form");
  var callbackForm = document.getElementById("wl-callback");
  var csat = document.getElementById("wl-csat");
  var state = load();
  var seen = {};          // server message id -> element
  var pending = {};       // client_msg_id -> element
  var socket = null, retry = 0, announcedAgent = null, typingTimer = null, lastTyping = 0, sooner = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ } }
  state.outbox = state.outbox || [];
  state.lastId = state.lastId || 0;

  function identity() {
    var m = /identity=([^&]+)/.exec(location.hash);
    if (!m) return null;
    try { return JSON.parse(decodeURIComponent(m[1])); } catch (e) { return null; }
  }

  function api(method, path, body) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (state.token) headers["X-Visitor-Token"] = state.token;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        return r.json().then(function (b) { if (!r.ok) { var err = new Error((b.error && b.error.message) || "error"); err.status = r.status; throw err; } return b; });
      });
  }

  function randomId() { return "w-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10); }

  function who(m) {
    if (m.author === "customer") return "You";
    if (m.author === "agent") return m.author_name ? m.author_name + " (Hearthbox team)" : "Hearthbox team";
    if (m.author === "bot") return "Assistant";
    return "";
  }

  function bubble(cls, whoText, text) {
    var li = document.createElement("li");
    li.className = "wl-msg " + cls;
    if (whoText) { var w = document.createElement("span"); w.className = "wl-who"; w.textContent = whoText; li.appendChild(w); }
    li.appendChild(document.createTextNode(text));   // always text, never HTML
    return li;
  }

  function render(m) {
    if (!m || m.id == null || seen[m.id]) return;
    var li = bubble("wl-" + m.author, who(m), m.text);
    li.dataset.id = m.id;
    if (m.client_msg_id && pending[m.client_msg_id]) {
      log.replaceChild(li, pending[m.client_msg_id]);
      delete pending[m.client_msg_id];
    } else {
      log.appendChild(li);
    }
    seen[m.id] = li;
    if (m.author === "agent" && m.author_name && announcedAgent !== m.author_name) {
      announcedAgent = m.author_name;
      log.insertBefore(bubble("wl-system", "", m.author_name + " from the team joined the conversation"), li);
    }
    if (m.quick_replies && m.quick_replies.length) {
      var box = document.createElement("li");
      box.className = "wl-quick";
      m.quick_replies.forEach(function (q) {
        var label = typeof q === "string" ? q : (q.label || q.title || q.value || "");
        var value = typeof q === "string" ? q : (q.value || label);
        if (!label) return;
        var b = document.createElement("button");
        b.type = "button"; b.textContent = label;
        b.addEventListener("click", function () {
          if (/talk to a person/i.test(label)) talkToPerson(); else send(value);
        });
        box.appendChild(b);
      });
      log.appendChild(box);
    }
    if (m.id > state.lastId) { state.lastId = m.id; save(); }
    if (m.author === "agent") typingEl.textContent = "";
    scroller.scrollTop = scroller.scrollHeight;
  }

  function showStatus(s) {
    if (!s) return;
    var text;
    callbackForm.hidden = true;
    if (s.mode === "human" && (s.status === "open" || s.status === "pending")) {
      if (s.agent_name) text = s.agent_name + " from our team is with you.";
      else if (s.assignee_name) {
        text = s.assignee_name + " will be with you" + (s.expected_wait_minutes ? " in about " + s.expected_wait_minutes + " minute" + (s.expected_wait_minutes === 1 ? "" : "s") : " shortly") + ".";
      } else if (!s.within_business_hours) {
        text = "Our team is away right now" + (s.next_opening ? " and back " + new Date(s.next_opening).toLocaleString([], { weekday: "long", hour: "2-digit", minute: "2-digit" }) : "") +
          ". You're first in line; leave a number or email and we'll get back to you.";
        callbackForm.hidden = !!s.callback_requested;
      } else if (s.agents_online === 0) {
        text = "Nobody from our team is online at this moment. You're at the top of the queue; leave a number or email and we'll get back to you.";
        callbackForm.hidden = !!s.callback_requested;
      } else if (s.expected_wait_minutes) {
        text = "A person will be with you in about " + s.expected_wait_minutes + " minute" + (s.expected_wait_minutes === 1 ? "" : "s") + ".";
      } else text = "A person will be with you as soon as possible.";
      if (s.callback_requested) text += " We have your callback request.";
    } else if (s.status === "resolved" || s.status === "closed") {
      text = "This conversation has ended. Write again any time.";
    } else {
      text = "You're chatting with our automated assistant. A person is one tap away." +
        (s.within_business_hours ? "" : " Our team is offline right now.");
    }
    statusEl.textContent = text;
    var ended = s.status === "resolved" || s.status === "closed" || s.handed_back;
    csat.hidden = !(ended && !s.csat_given && state.ratedFor !== state.conversationId);
  }

  function connect() {
    if (!state.conversationId || !state.customerToken) return;
    if (socket && socket.readyState <= 1) return;
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(proto + "//" + location.host + "/api/v1/live/conversations/" + state.conversationId +
                           "?token=" + encodeURIComponent(state.customerToken));
    socket.onopen = function () { retry = 0; catchUp(); flush(); };
    socket.onmessage = function (e) {
      var ev; try { ev = JSON.parse(e.data); } catch (x) { return; }
      if (ev.type === "message.created" && ev.message && !ev.message.private) {
        if (ev.message.author === "agent" && !ev.message.author_name) catchUp(); else render(ev.message);
        if (ev.message.author !== "customer") refreshStatus();
      } else if (ev.type === "typing" && ev.who === "agent") {
        typingEl.textContent = (ev.name || "Someone from the team") + " is typing…";
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { typingEl.textContent = ""; }, 5000);
      } else if (ev.type === "conversation.updated" || ev.type === "routing.assigned") {
        refreshStatus();
      }
    };
    socket.onclose = function () {
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 400 * retry);
    };
  }

  function catchUp() {
    if (!state.conversationId) return Promise.resolve();
    return api("GET", "/widget/api/conversations/" + state.conversationId + "?after=" + (state.lastId || 0))
      .then(function (b) { b.messages.forEach(render); showStatus(b.status); })
      .catch(function (err) {
        if (err.status === 401 && !renewed) { return renew().then(catchUp); }
        if (err.status === 404 || err.status === 401) { reset(); }
      });
  }

  // The visitor token expires (30 days by default); the session endpoint renews it for a returning visitor.
  var renewed = false;
  function renew() {
    renewed = true;
    return api("POST", "/widget/api/session", { workspace: workspace, identity: identity(), visitor_token: state.token || null })
      .then(function (b) { state.token = b.visitor_token; save(); setTimeout(function () { renewed = false; }, 60000); });
  }
  var refreshTimer = null;
  function refreshStatus() { clearTimeout(refreshTimer); refreshTimer = setTimeout(catchUp, 150); }

  function reset() {
    state.conversationId = null; state.customerToken = null; state.lastId = 0; save();
  }

  function queue(text) {
    var item = { id: randomId(), text: text };
    state.outbox.push(item); save();
    var li = bubble("wl-customer wl-pending", "You (sending…)", text);
    pending[item.id] = li;
    log.appendChild(li);
    scroller.scrollTop = scroller.scrollHeight;
    return flush();
  }

  var flushing = null;
  function flush() {
    if (flushing) return flushing;
    if (!state.token || !state.outbox.length) return Promise.resolve();
    var item = state.outbox[0];
    flushing = api("POST", "/widget/api/messages", { text: item.text, client_msg_id: item.id, conversation_id: state.conversationId || null })
      .then(function (b) {
        state.outbox.shift();
        var fresh = !state.conversationId;
        state.conversationId = b.conversation_id; state.customerToken = b.customer_token; save();
        b.messages.forEach(render);
        showStatus(b.status);
        if (fresh) connect();
        flushing = null;
        return flush();
      })
      .catch(function (err) {
        flushing = null;
        if (err.status === 422) { state.outbox.shift(); save(); statusEl.textContent = err.message; return; }
        if (err.status === 404) { reset(); }
        if (err.status === 401 && !renewed) { return renew().then(flush, function () { setTimeout(flush, 2000); }); }
        setTimeout(flush, 2000);   // network trouble: the outbox keeps it, the same client id is sent again
      });
    return flushing;
  }

  function send(text) {
    text = (text || "").trim();
    if (!text) return Promise.resolve();
    csat.hidden = true;
    lastTyping = 0;   // the next keystroke tells the team again
    return queue(text);
  }

  function talkToPerson() {
    var go = function () {
      return api("POST", "/widget/api/conversations/" + state.conversationId + "/handoff")
        .then(function (b) { b.messages.forEach(render); showStatus(b.status); })
        .catch(function (err) { statusEl.textContent = err.message; });
    };
    if (!state.conversationId) return send("I'd like to talk to a person, please.").then(function () { return state.conversationId ? go() : null; });
    return go();
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); var t = input.value; input.value = ""; send(t); input.focus(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  input.addEventListener("input", function () {
    var now = Date.now();
    if (!state.conversationId || now - lastTyping < 3000) return;
    lastTyping = now;
    api("POST", "/widget/api/conversations/" + state.conversationId + "/typing").catch(function () {});
  });
  document.getElementById("wl-human").addEventListener("click", talkToPerson);
  document.getElementById("wl-close").addEventListener("click", function () { parent.postMessage({ warmline: "close" }, "*"); });
  document.getElementById("wl-end").addEventListener("click", function () {
    if (!state.conversationId) return;
    api("POST", "/widget/api/conversations/" + state.conversationId + "/end").then(function (b) { showStatus(b.status); }).catch(function () {});
  });
  callbackForm.addEventListener("submit", function (e) {
    e.preventDefault();
    var contact = document.getElementById("wl-callback-contact").value;
    api("POST", "/widget/api/conversations/" + state.conversationId + "/callback", { contact: contact })
      .then(function (b) { showStatus(b.status); log.appendChild(bubble("wl-system", "", "Thanks, we'll get back to you at " + contact + ".")); })
      .catch(function (err) { statusEl.textContent = err.message; });
  });
  var soonerBtn = document.getElementById("wl-sooner");
  soonerBtn.addEventListener("click", function () { sooner = !sooner; soonerBtn.setAttribute("aria-pressed", sooner ? "true" : "false"); });
  document.getElementById("wl-csat-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var picked = document.querySelector("input[name=score]:checked");
    if (!picked) return;
    api("POST", "/widget/api/conversations/" + state.conversationId + "/csat",
        { score: Number(picked.value), comment: document.getElementById("wl-comment").value || null, wanted_human_sooner: sooner })
      .then(function () {
        state.ratedFor = state.conversationId; save();
        document.getElementById("wl-csat-form").hidden = true;
        document.getElementById("wl-thanks").hidden = false;
        document.getElementById("wl-thanks").focus && document.getElementById("wl-thanks").setAttribute("tabindex", "-1");
      })
      .catch(function (err) { statusEl.textContent = err.message; });
  });
  window.addEventListener("message", function (e) {
    if (e.data && e.data.warmline === "focus") { scroller.scrollTop = scroller.scrollHeight; input.focus(); }
  });
  window.addEventListener("online", function () { connect(); flush(); });

  api("POST", "/widget/api/session", { workspace: workspace, identity: identity(), visitor_token: state.token || null })
    .then(function (b) {
      if (state.token !== b.visitor_token) { state.conversationId = b.conversation_id; state.customerToken = b.customer_token; state.lastId = 0; }
      state.token = b.visitor_token;
      if (!state.conversationId && b.conversation_id) { state.conversationId = b.conversation_id; state.customerToken = b.customer_token; }
      save();
      // re-render everything of this conversation once (after a reload), then follow it live
      var last = state.lastId; state.lastId = 0;
      state.outbox.forEach(function (item) {
        var li = bubble("wl-customer wl-pending", "You (sending…)", item.text); pending[item.id] = li; log.appendChild(li);
      });
      return catchUp().then(function () { if (state.lastId < last) state.lastId = last; save(); connect(); flush(); });
    })
    .catch(function (err) { statusEl.textContent = "The chat could not start: " + err.message; });
})();
