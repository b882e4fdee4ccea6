// Warmline widget loader. Add one line to a site:
//   <script src="https://YOUR-WARMLINE/widget.js" data-workspace="demo" async></script>
// Known customers: also pass data-identity='{"external_id":"...","issued_at":...,"signature":"..."}',
// signed by your server with the workspace's identity secret (see docs/console.md).
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__warmlineWidget) return;
  window.__warmlineWidget = true;
  var origin = new URL(script.src, location.href).origin;
  var workspace = script.dataset.workspace || "demo";
  var label = script.dataset.label || "Chat with us";
  var hash = script.dataset.identity ? "#identity=" + encodeURIComponent(script.dataset.identity) : "";

  var style = document.createElement("style");
  style.textContent =
    ".wl-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;background:#9a3412;color:#fff;border:0;" +
    "border-radius:999px;padding:12px 18px;font:600 16px system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}" +
    ".wl-launcher:focus-visible{outline:3px solid #1d4ed8;outline-offset:3px}" +
    ".wl-frame{position:fixed;right:20px;bottom:80px;z-index:2147483000;width:380px;max-width:calc(100vw - 40px);" +
    "height:600px;max-height:calc(100vh - 110px);border:1px solid #d1d5db;border-radius:12px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.25)}";
  document.head.appendChild(style);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "wl-launcher";
  button.id = "warmline-launcher";
  button.textContent = label;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "warmline-frame");

  var frame = document.createElement("iframe");
  frame.id = "warmline-frame";
  frame.className = "wl-frame";
  frame.title = "Chat with us";
  frame.hidden = true;
  frame.src = origin + "/widget/frame?workspace=" + encodeURIComponent(workspace) + hash;

  function open(show) {
    frame.hidden = !show;
    button.setAttribute("aria-expanded", show ? "true" : "false");
    button.textContent = show ? "Close chat" : label;
    if (show) { setTimeout(function () { try { frame.contentWindow.postMessage({ warmline: "focus" }, origin); } catch (e) { /* not ready */ } }, 50); }
  }
  button.addEventListener("click", function () { open(frame.hidden); });
  window.addEventListener("message", function (e) {
    if (e.origin === origin && e.data && e.data.warmline === "close") { open(false); button.focus(); }
  });
  function mount() {
    document.body.appendChild(frame);
    document.body.appendChild(button);
    if (script.dataset.open === "true") open(true);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
