// A search field above a long list of goals (goals/fields.py): typing hides the goals that
// match neither themselves nor through a parent; a match keeps its parents in sight, and a
// chosen goal stays. Without this script the list is a plain select or set of checkboxes.
(function () {
  "use strict";

  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function itemsOf(list) {
    if (list.tagName === "SELECT") {
      return Array.from(list.options).filter(function (option) { return option.value !== ""; }).map(function (option) {
        return { node: option, value: option.value, parent: option.dataset.parent || "",
                 text: plain(option.textContent), chosen: function () { return option.selected; } };
      });
    }
    return Array.from(list.querySelectorAll("input[type=checkbox]")).map(function (input) {
      return { node: input.closest("[data-choice]") || input.parentNode, value: input.value,
               parent: input.dataset.parent || "", text: plain(input.closest("label").textContent),
               chosen: function () { return input.checked; } };
    });
  }

  function enhance(list, index) {
    if (list.dataset.searchReady) return;
    var items = itemsOf(list);
    if (items.length < Number(list.dataset.choiceSearch || 10)) return;
    list.dataset.searchReady = "1";
    var byValue = new Map(items.map(function (item) { return [item.value, item]; }));
    var id = (list.id || "choices-" + index) + "-search";

    var box = document.createElement("div");
    box.className = "samenspel-choice-search";
    var label = document.createElement("label");
    label.className = "utrecht-form-label";
    label.htmlFor = id;
    label.textContent = list.dataset.searchLabel;
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    input.className = "utrecht-textbox utrecht-textbox--html-input";
    if (list.id) input.setAttribute("aria-controls", list.id);
    var status = document.createElement("p");
    status.className = "samenspel-choice-search__status";
    status.id = id + "-status";
    status.setAttribute("role", "status");
    input.setAttribute("aria-describedby", status.id);
    box.append(label, input, status);
    if (list.tagName === "SELECT" && !list.multiple && list.size <= 1) {
      // A drop-down keeps its label right above it: the search follows the whole field, and
      // in a row of filters stands beside it as a field of its own.
      var field = list.closest(".utrecht-form-field") || list;
      box.classList.add("utrecht-form-field");
      // The narrowed drop-down shows what was found; the count is for those who hear it.
      status.classList.add("samenspel-visually-hidden");
      field.parentNode.insertBefore(box, field.nextSibling);
    } else {
      list.parentNode.insertBefore(box, list);
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
      items.forEach(function (item) {
        var path = [item].concat(ancestors(item));
        var text = path.map(function (step) { return step.text; }).join(" ");
        var matches = words.every(function (word) { return text.indexOf(word) !== -1; });
        if (matches || item.chosen()) path.forEach(function (step) { shown.add(step); });
      });
      items.forEach(function (item) { item.node.hidden = !shown.has(item); });
      list.querySelectorAll("optgroup, [data-choice-group]").forEach(function (group) {
        var nodes = group.tagName === "OPTGROUP" ? Array.from(group.children) : Array.from(group.querySelectorAll("[data-choice]"));
        group.hidden = nodes.length > 0 && nodes.every(function (node) { return node.hidden; });
      });
      status.textContent = words.length
        ? list.dataset.searchStatus.replace("%(shown)s", shown.size).replace("%(total)s", items.length)
        : "";
    }

    input.addEventListener("input", filter);
    // The search narrows the list; it is no field of the form, so it neither submits the form
    // nor, on change, sets off a filter form that sends itself when a field changes.
    input.addEventListener("change", function (event) { event.stopPropagation(); });
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") event.preventDefault(); });
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll("[data-choice-search]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enhanceAll(); });
  } else {
    enhanceAll();
  }
  document.addEventListener("htmx:load", function (event) { enhanceAll(event.target); });
})();
