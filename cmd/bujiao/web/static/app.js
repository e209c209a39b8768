// bujiao help desk: shows and hides the form's fields as answers change,
// keeps the submitted URL short, and copies the answer. The page works
// without this script; it only makes it quicker.
//
// Each field's data-show holds its show rule, the same rule the server
// evaluates (see form.go):
//   rule = alt {";" alt}; alt = clause {"&" clause};
//   clause = key "=" v {"," v} | key "!=" v {"," v} | key ">0"
// A clause about a hidden field is false.
(function () {
  "use strict";

  var form = document.getElementById("case-form");

  function regionResolver() {
    var data = { ids: [], aliases: [] };
    try { data = JSON.parse(form.getAttribute("data-regions") || "{}"); } catch (e) { /* keep empty */ }
    var ids = data.ids || [], aliases = data.aliases || [];
    function isWord(c) { return /[A-Za-z0-9_]/.test(c); }
    function indexWord(s, a) {
      var ascii = !/[^\x00-\x7f]/.test(a), from = 0;
      for (;;) {
        var i = s.indexOf(a, from);
        if (i < 0) return -1;
        if (!ascii) return i;
        var end = i + a.length;
        if ((i === 0 || !isWord(s[i - 1])) && (end === s.length || !isWord(s[end]))) return i;
        from = i + 1;
      }
    }
    // As Base.MatchRegion: the first match in the text; at the same place
    // the longest alias wins. Blank or unknown: the national baseline.
    return function (v) {
      v = v.trim().toLowerCase();
      if (ids.indexOf(v) >= 0) return v;
      var best = "", at = -1, len = 0;
      for (var k = 0; k < aliases.length; k++) {
        var i = indexWord(v, aliases[k].t);
        if (i < 0) continue;
        if (at < 0 || i < at || (i === at && aliases[k].t.length > len)) {
          best = aliases[k].r; at = i; len = aliases[k].t.length;
        }
      }
      return at >= 0 ? best : "national";
    };
  }

  function fieldValue(field) {
    var checked = field.querySelector("input[type=radio]:checked");
    if (checked) return checked.value;
    var control = field.querySelector("input:not([type=radio]), select");
    return control ? control.value : "";
  }

  function normalise(key, v, region) {
    v = v.trim().toLowerCase();
    if (key === "newborn" || key === "in_window") {
      if (["true", "yes", "1", "y", "是"].indexOf(v) >= 0) return "true";
      if (["false", "no", "0", "n", "否"].indexOf(v) >= 0) return "false";
    }
    if (key === "region") return region(v);
    return v;
  }

  function clauseHolds(clause, shown, norm) {
    var ne = clause.indexOf("!=");
    if (ne >= 0) {
      var k = clause.slice(0, ne), v = shown[k] ? norm[k] : "";
      return clause.slice(ne + 2).split(",").indexOf(v) < 0;
    }
    var m = /^(.*)>0$/.exec(clause);
    if (m) {
      if (!shown[m[1]]) return false;
      return /^\d+$/.test(norm[m[1]]) && parseInt(norm[m[1]], 10) > 0;
    }
    var eq = clause.indexOf("="), key = clause.slice(0, eq), vals = clause.slice(eq + 1).split(",");
    return !!shown[key] && vals.indexOf(norm[key]) >= 0;
  }

  function ruleHolds(rule, shown, norm) {
    if (!rule) return true;
    return rule.split(";").some(function (alt) {
      return alt.split("&").every(function (c) { return clauseHolds(c, shown, norm); });
    });
  }

  function setupForm() {
    if (!form) return;
    var region = regionResolver();
    var fields = Array.prototype.slice.call(form.querySelectorAll("[data-show]"));

    function update() {
      var shown = {}, norm = {};
      fields.forEach(function (field) {
        var key = field.getAttribute("data-key");
        var show = ruleHolds(field.getAttribute("data-show"), shown, norm);
        field.hidden = !show;
        field.querySelectorAll("input, select").forEach(function (c) { c.disabled = !show; });
        if (show) {
          shown[key] = true;
          norm[key] = normalise(key, fieldValue(field), region);
        }
      });
    }

    var answer = document.getElementById("answer");
    var answered = !!answer && answer.getAttribute("data-state") !== "empty";
    var stale = document.getElementById("stale");
    function changed() {
      update();
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
    // disabling.
    window.addEventListener("pageshow", function () {
      form.querySelectorAll("input, select").forEach(function (c) { c.disabled = false; });
      update();
    });
    update();
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
})();
