// bujiao help desk: shows and hides the form's fields as answers change,
// keeps the submitted URL short, and copies the answer. The page works
// without this script; it only makes it quicker.
//
// Which questions apply is the server's to say: after each change the
// script posts the answers so far to /api/form, which reads the fact schema
// and the knowledge base, and applies what comes back (show or hide each
// field, the region the rules answer for, what is wrong with a value). The
// script holds no copy of the rules or of the region names.
(function () {
  "use strict";

  var form = document.getElementById("case-form");

  function fieldValue(field) {
    var checked = field.querySelector("input[type=radio]:checked");
    if (checked) return checked.value;
    var control = field.querySelector("input:not([type=radio]), select");
    return control ? control.value : "";
  }

  function setupForm() {
    if (!form) return;
    var fields = Array.prototype.slice.call(form.querySelectorAll("[data-key]"));
    var byKey = {};
    fields.forEach(function (f) { byKey[f.getAttribute("data-key")] = f; });
    var langInput = form.querySelector("input[name=lang]");
    var todayInput = document.getElementById("f-today");
    var seq = 0, timer = null;

    function note(key, text, bad) {
      var el = document.getElementById("note-" + key);
      if (!el) return;
      el.textContent = text || "";
      el.hidden = !text;
      el.classList.toggle("bad", !!bad);
    }

    function apply(resp) {
      (resp.fields || []).forEach(function (f) {
        var field = byKey[f.key];
        if (!field) return;
        field.hidden = !f.show;
        field.querySelectorAll("input, select").forEach(function (c) { c.disabled = !f.show; });
        note(f.key, "");
      });
      var errs = {};
      (resp.errors || []).forEach(function (e) { if (e.field && !errs[e.field]) errs[e.field] = e.message; });
      if (resp.region) {
        note("region", "→ " + (resp.region.place ? resp.region.place + " · " : "") + resp.region.name);
      }
      Object.keys(errs).forEach(function (k) { note(k, errs[k], true); });
      form.setAttribute("data-form-seq", String(seq));
    }

    function ask() {
      var body = { lang: langInput ? langInput.value : "zh" };
      if (todayInput && todayInput.value) body.today = todayInput.value;
      fields.forEach(function (f) {
        var v = fieldValue(f).trim();
        if (v !== "") body[f.getAttribute("data-key")] = v;
      });
      var mine = ++seq;
      fetch("/api/form", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body)
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (resp) {
        // Only the answer to the latest question counts.
        if (resp && mine === seq) apply(resp);
      }, function () { /* offline: the server decides on submit */ });
    }

    function later() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(ask, 120);
    }

    var answer = document.getElementById("answer");
    var answered = !!answer && answer.getAttribute("data-state") !== "empty";
    var stale = document.getElementById("stale");
    function changed() {
      later();
      if (stale && answered) stale.hidden = false;
    }
    form.addEventListener("change", changed);
    form.addEventListener("input", changed);

    // Leave blank fields, and a date equal to today's, out of the URL: it
    // is the case's permalink.
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (c) {
        if (c.type === "radio" || c.type === "hidden" || c.disabled) return;
        var blank = c.value.trim() === "";
        var isDefaultDay = c.name === "today" && c.value === c.getAttribute("data-default");
        if (blank || isDefaultDay) c.disabled = true;
      });
    });
    // On a phone the answer is below the form: go to it once asked for.
    if (answered && location.search && window.matchMedia && window.matchMedia("(max-width: 959px)").matches && !location.hash) {
      answer.scrollIntoView();
    }
    // Coming back to the page (back/forward cache) undoes the submit's
    // disabling; the server then says again what applies.
    window.addEventListener("pageshow", function (e) {
      if (!e.persisted) return;
      form.querySelectorAll("input, select").forEach(function (c) { c.disabled = false; });
      ask();
    });
  }

  // Copy: the Clipboard API where allowed, else select a hidden textarea
  // and execCommand("copy"). The copied text is also written to the status
  // element's data-copied attribute, so tests and staff can see what went.
  function setupCopy() {
    var status = document.getElementById("copy-status");
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = source.value;
        function done(method) {
          if (!status) return;
          status.classList.remove("failed");
          status.textContent = button.getAttribute("data-done");
          status.setAttribute("data-copied", text);
          status.setAttribute("data-copy-method", method);
          status.setAttribute("data-copy-source", source.id);
        }
        function failed() {
          if (!status) return;
          status.classList.add("failed");
          status.textContent = button.getAttribute("data-failed");
          status.removeAttribute("data-copied");
        }
        function fallback() {
          source.hidden = false;
          source.classList.add("offscreen");
          source.focus();
          source.select();
          var ok = false;
          try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
          source.classList.remove("offscreen");
          source.hidden = true;
          button.focus();
          if (ok) { done("fallback"); } else { failed(); }
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done("clipboard"); }, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  setupForm();
  setupCopy();
  var tg = document.getElementById("telegram");
  if (tg && tg.querySelector("button[data-copy]")) tg.hidden = false;
})();
