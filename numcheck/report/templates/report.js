// The numcheck report's filter and navigation. Plain DOM, no libraries, nothing fetched.
(function () {
  "use strict";
  var RANK = { info: 1, warning: 2, error: 3 };
  var form = document.getElementById("filter");
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var badges = Array.prototype.slice.call(document.querySelectorAll("a.badge"));
  // claim highlights and table rows, coloured by the worst finding still shown
  var cited = Array.prototype.slice.call(document.querySelectorAll("mark[data-findings], tr[data-findings]"));

  function checked(name) {
    var values = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      if (box.checked) { values[box.value] = true; }
    });
    return values;
  }

  function apply() {
    var rules = checked("rule");
    var severities = checked("severity");
    var shown = {};
    var count = 0;
    findings.forEach(function (item) {
      var on = Boolean(rules[item.dataset.rule] && severities[item.dataset.severity]);
      item.hidden = !on;
      if (on) { shown[item.dataset.finding] = item.dataset.severity; count += 1; }
    });
    badges.forEach(function (badge) { badge.hidden = !(badge.dataset.finding in shown); });
    cited.forEach(function (element) {
      var worst = "";
      element.dataset.findings.split(" ").forEach(function (id) {
        var severity = shown[id];
        if (severity && (!worst || RANK[severity] > RANK[worst])) { worst = severity; }
      });
      if (worst) { element.dataset.severity = worst; } else { element.removeAttribute("data-severity"); }
    });
    document.getElementById("shown").textContent = count + " of " + findings.length + " findings shown";
  }

  function flash() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (!target || !target.classList.contains("anchor")) { return; }
    target.classList.remove("flash");
    void target.offsetWidth; // restart the animation when the same claim is chosen twice
    target.classList.add("flash");
  }

  form.addEventListener("change", apply);
  // a click anywhere on a finding goes to its claim, not only on the link
  findings.forEach(function (item) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("a")) { return; }
      location.hash = item.dataset.claim;
    });
  });
  window.addEventListener("hashchange", flash);
  apply();
  flash();
}());
