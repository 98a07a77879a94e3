// Mizan review console: progressive enhancement only; every page works without this script.
(function () {
  "use strict";

  // Reveal a blurred or greyscale image, one item at a time; the button says which state it is in.
  function setupReveal() {
    document.querySelectorAll("[data-reveal]").forEach(function (button) {
      button.addEventListener("click", function () {
        var media = document.getElementById(button.getAttribute("data-reveal"));
        if (!media) { return; }
        var hidden = media.classList.contains("blurred") || media.classList.contains("grey");
        if (hidden) {
          media.dataset.hidden = media.className;
          media.classList.remove("blurred", "grey");
          button.setAttribute("aria-pressed", "true");
          button.textContent = button.getAttribute("data-hide-text");
        } else {
          media.className = media.dataset.hidden || media.className;
          button.setAttribute("aria-pressed", "false");
          button.textContent = button.getAttribute("data-reveal-text");
        }
      });
    });
  }

  // Keyboard shortcuts: an element with data-shortcut="x" is clicked (or, for a radio, chosen) when x is pressed
  // outside a text field.
  function setupShortcuts() {
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) { return; }
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && t.type !== "radio" && t.type !== "checkbox")) { return; }
      var el = document.querySelector('[data-shortcut="' + e.key.toLowerCase() + '"]');
      if (!el) { return; }
      e.preventDefault();
      if (el.type === "radio") {
        el.checked = true;
        el.dispatchEvent(new Event("change", { bubbles: true }));
        var next = document.getElementById(el.getAttribute("data-focus") || "");
        (next || el).focus();
      } else {
        el.click();
      }
    });
  }

  // Show only the decision fields that apply to the chosen action.
  function setupDecisionForm() {
    var form = document.getElementById("decision-form");
    if (!form) { return; }
    function update() {
      var chosen = form.querySelector('input[name="Action"]:checked');
      var action = chosen ? chosen.value : "";
      form.querySelectorAll("[data-for-actions]").forEach(function (field) {
        var show = field.getAttribute("data-for-actions").split(" ").indexOf(action) >= 0;
        field.hidden = !show;
      });
    }
    form.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupReveal();
    setupShortcuts();
    setupDecisionForm();
  });
})();

// Removal orders: every countdown ([data-countdown], rendered by the server with the time left) ticks each second
// towards its deadline (data-deadline, UTC), measured on the server's clock (data-now) rather than the browser's.
(function () {
  "use strict";
  function span(ms) {
    var s = Math.floor(Math.abs(ms) / 1000);
    var mm = Math.floor(s / 60) % 60, ss = s % 60;
    return Math.floor(s / 3600) + ":" + (mm < 10 ? "0" : "") + mm + ":" + (ss < 10 ? "0" : "") + ss;
  }
  function setup() {
    var clocks = Array.prototype.slice.call(document.querySelectorAll("[data-countdown]"));
    if (clocks.length === 0) { return; }
    var skew = Date.parse(clocks[0].getAttribute("data-now")) - Date.now();
    function tick() {
      var now = Date.now() + skew;
      clocks.forEach(function (el) {
        var left = Date.parse(el.getAttribute("data-deadline")) - now;
        var over = left < 0;
        el.querySelector(".remaining").textContent = span(left);
        el.classList.toggle("overdue", over);
        el.querySelector(".countdown-left").hidden = over;
        el.querySelector(".countdown-over").hidden = !over;
      });
    }
    tick();
    window.setInterval(tick, 1000);
  }
  document.addEventListener("DOMContentLoaded", setup);
})();
