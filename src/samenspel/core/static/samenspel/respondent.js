// Follow-up questions on a respondent's page: shown as soon as the answer they follow is
// chosen. Without this script the server shows the page again with the follow-up.
(function () {
  "use strict";
  var form = document.querySelector(".samenspel-survey-form");
  if (!form) return;
  var seen = form.querySelector("input[name=gezien]");
  var status = document.getElementById("follow-up-status");
  var followUps = form.querySelectorAll("[data-show-if]");
  if (!followUps.length) return;

  function chosen(code) {
    var values = [];
    form.querySelectorAll("input[name='" + code + "']:checked").forEach(function (input) {
      values.push(input.value);
    });
    return values;
  }

  function update(announce) {
    var codes = seen.value ? seen.value.split(" ") : [];
    followUps.forEach(function (question) {
      var code = question.id.slice(2);
      var wanted = question.getAttribute("data-show-values").split(" ");
      var source = document.getElementById("q-" + question.getAttribute("data-show-if"));
      var show = !(source && source.hidden) &&
        chosen(question.getAttribute("data-show-if")).some(function (value) {
          return wanted.indexOf(value) !== -1;
        });
      if (show && question.hidden && announce && status) {
        status.textContent = status.getAttribute("data-message") + " " +
          question.getAttribute("data-question-text");
      }
      question.hidden = !show;
      var index = codes.indexOf(code);
      if (show && index === -1) codes.push(code);
      if (!show && index !== -1) codes.splice(index, 1);
    });
    seen.value = codes.join(" ");
  }

  form.addEventListener("change", function () { update(true); });
  update(false);
})();
