// A searchable list of checkboxes (core/widgets.py) in place of a <select multiple>.
// Without this script the list is a box of checkboxes that works as it is. With it:
// - a search field narrows the list as one types, and says how many choices match;
//   a sub-goal that matches keeps its parents in sight (data-parent);
// - "Selected: N" and one button per chosen item above the list; a button takes the
//   choice off again, so that what is chosen stays in sight while the list is narrowed.
// All words come from the widget's data attributes, so they are translated with the page.
(function () {
  "use strict";

  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_match, key) { return values[key]; });
  }

  function enhance(root, index) {
    if (root.dataset.multiSelectReady) return;
    var list = root.querySelector("[data-choice-list]");
    if (!list) return;
    root.dataset.multiSelectReady = "1";
    var items = Array.from(list.querySelectorAll("input[type=checkbox]")).map(function (input) {
      var label = input.closest("label");
      var span = label && label.querySelector("span");
      return { input: input, node: input.closest("[data-choice]") || input.parentNode,
               value: input.value, parent: input.dataset.parent || "",
               name: (span || label || input).textContent.trim(),
               text: plain(label ? label.textContent : input.value) };
    });
    var byValue = new Map(items.map(function (item) { return [item.value, item]; }));
    var id = (list.id || "multi-select-" + index);

    // What is chosen: a count and a button per choice.
    var summary = document.createElement("div");
    summary.className = "samenspel-multi-select__summary";
    var count = document.createElement("p");
    count.className = "samenspel-multi-select__count";
    count.id = id + "-selected";
    count.setAttribute("aria-live", "polite");
    var chips = document.createElement("ul");
    chips.className = "samenspel-multi-select__chips";
    chips.setAttribute("aria-labelledby", count.id);
    summary.append(count, chips);
    root.insertBefore(summary, list);

    var input = null;
    var status = null;
    if (items.length >= Number(root.dataset.searchFrom || 8)) {
      var box = document.createElement("div");
      box.className = "samenspel-multi-select__search";
      var label = document.createElement("label");
      label.className = "utrecht-form-label";
      label.htmlFor = id + "-search";
      label.textContent = root.dataset.searchLabel;
      input = document.createElement("input");
      input.type = "search";
      input.id = id + "-search";
      input.autocomplete = "off";
      input.className = "utrecht-textbox utrecht-textbox--html-input";
      if (list.id) input.setAttribute("aria-controls", list.id);
      status = document.createElement("p");
      status.className = "samenspel-multi-select__status";
      status.id = id + "-search-status";
      status.setAttribute("role", "status");
      input.setAttribute("aria-describedby", status.id);
      box.append(label, input, status);
      root.insertBefore(box, list);
    }

    function ancestors(item) {
      var found = [];
      var parent = byValue.get(item.parent);
      while (parent && found.indexOf(parent) === -1) { found.push(parent); parent = byValue.get(parent.parent); }
      return found;
    }

    function filter() {
      var words = plain(input.value).split(" ").filter(Boolean);
      var shown = new Set();
      var matched = 0;
      items.forEach(function (item) {
        var path = [item].concat(ancestors(item));
        var text = path.map(function (step) { return step.text; }).join(" ");
        if (words.every(function (word) { return text.indexOf(word) !== -1; })) {
          matched += 1;
          path.forEach(function (step) { shown.add(step); });
        }
      });
      items.forEach(function (item) { item.node.hidden = !shown.has(item); });
      list.querySelectorAll("[data-choice-group]").forEach(function (group) {
        var nodes = Array.from(group.querySelectorAll("[data-choice]"));
        group.hidden = nodes.length > 0 && nodes.every(function (node) { return node.hidden; });
      });
      if (!words.length) status.textContent = "";
      else if (!matched) status.textContent = root.dataset.searchNone;
      else status.textContent = fill(root.dataset.searchStatus, { shown: matched, total: items.length });
    }

    function showChosen() {
      var chosen = items.filter(function (item) { return item.input.checked; });
      count.textContent = fill(root.dataset.selectedLabel, { count: chosen.length });
      chips.replaceChildren.apply(chips, chosen.map(function (item) {
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "samenspel-multi-select__chip";
        button.dataset.value = item.value;
        button.setAttribute("aria-label", fill(root.dataset.removeLabel, { label: item.name }));
        var text = document.createElement("span");
        text.textContent = item.name;
        var cross = document.createElement("span");
        cross.setAttribute("aria-hidden", "true");
        cross.textContent = "\u00d7";
        button.append(text, cross);
        li.append(button);
        return li;
      }));
      chips.hidden = chosen.length === 0;
    }

    chips.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-value]");
      if (!button) return;
      var buttons = Array.from(chips.querySelectorAll("button"));
      var at = buttons.indexOf(button);
      var item = byValue.get(button.dataset.value);
      item.input.checked = false;
      item.input.dispatchEvent(new Event("change", { bubbles: true }));
      // Focus stays among the choices: on the next button, else on the search or the list.
      var next = chips.querySelectorAll("button")[Math.min(at, buttons.length - 2)];
      (next || input || item.input).focus();
    });
    list.addEventListener("change", showChosen);
    showChosen();

    if (input) {
      input.addEventListener("input", filter);
      // The search only narrows the list: it is no field of the form, so Enter does not send
      // the form, and its change does not set off a form that sends itself on a change.
      input.addEventListener("change", function (event) { event.stopPropagation(); });
      input.addEventListener("keydown", function (event) {
        if (event.key === "Enter") event.preventDefault();
        if (event.key === "ArrowDown") {
          var first = items.find(function (item) { return !item.node.hidden; });
          if (first) { event.preventDefault(); first.input.focus(); }
        }
      });
    }
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll("[data-multi-select]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enhanceAll(); });
  } else {
    enhanceAll();
  }
  document.addEventListener("htmx:load", function (event) { enhanceAll(event.target); });
})();
