// Politely's progressive enhancements. Every page works without this file.
"use strict";

document.documentElement.classList.add("js");

function copyText(button) {
  const target = document.querySelector(button.dataset.copyTarget);
  const status = button.parentElement.querySelector(".copy-status");
  const text = "value" in target ? target.value : target.textContent;
  // Only the status line speaks; the button keeps its name so screen readers hear it once.
  const say = (message) => { if (status) status.textContent = message; };
  const fallback = "Couldn't copy automatically: select the text and press Ctrl+C (⌘C on a Mac).";
  // The Clipboard API exists only on secure origins (HTTPS or localhost).
  if (!navigator.clipboard) {
    say(fallback);
    return;
  }
  navigator.clipboard.writeText(text).then(
    () => {
      say("Copied to clipboard");
      setTimeout(() => say(""), 4000);
    },
    () => say(fallback)
  );
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".js-only").forEach((element) => { element.hidden = false; });
  document.querySelectorAll("[data-copy-target]").forEach((button) => {
    button.addEventListener("click", () => copyText(button));
  });
});

// The scorecard follows the letter as the user types (debounced); after Save the server renders it.
const LEVEL_WORDS = { good: "(looks good)", suggestion: "(an idea)", warning: "(worth a look)" };

function updateScorecard(scorecard, result) {
  result.checks.forEach((check) => {
    const item = scorecard.querySelector(`[data-guideline="${check.guideline}"]`);
    if (!item) return;
    item.classList.remove("check-good", "check-suggestion", "check-warning");
    item.classList.add(`check-${check.level}`);
    item.querySelector(".check-note").textContent = check.note;
    item.querySelector(".check-level").textContent = LEVEL_WORDS[check.level] || "";
  });
  const summary = scorecard.querySelector(".scorecard-summary");
  if (summary) summary.textContent = `${result.passed} of ${result.checks.length} look good.`;
}

function watchLetter() {
  const scorecard = document.getElementById("scorecard");
  const body = document.getElementById("id_body");
  const form = document.getElementById("letter-form");
  if (!scorecard || !body || !form) return;
  const token = form.querySelector("[name=csrfmiddlewaretoken]").value;
  let timer = null;
  let latest = 0;
  body.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const request = ++latest;
      const data = new FormData();
      data.append("body", body.value);
      fetch(scorecard.dataset.reviewUrl, {
        method: "POST",
        body: data,
        headers: { "X-CSRFToken": token },
        credentials: "same-origin",
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((result) => { if (result && request === latest) updateScorecard(scorecard, result); })
        .catch(() => {}); // offline: the scorecard updates on Save instead
    }, 600);
  });
}

document.addEventListener("DOMContentLoaded", watchLetter);

// Sign-up: start with the browser's own time zone, so reminders are due on the user's calendar.
document.addEventListener("DOMContentLoaded", () => {
  const field = document.querySelector("input[type=hidden][name=timezone]");
  if (field && !field.value) field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
});
