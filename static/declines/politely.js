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

// "In your own words" and the letter: a live count where the person types, counted as they see
// it (a line break is one character), so a limit never comes as a surprise and nothing is cut.
function watchCount(field) {
  const max = Number(field.dataset.countMax);
  const counter = document.createElement("div");
  counter.className = "form-text char-count";
  counter.setAttribute("aria-live", "polite");
  field.insertAdjacentElement("afterend", counter);
  const show = () => {
    const used = field.value.replace(/\r\n/g, "\n").length;
    const over = used > max;
    counter.textContent = over
      ? `${used.toLocaleString()} characters: ${(used - max).toLocaleString()} over the ${max.toLocaleString()} that fit. Nothing is cut; shorten it before you save.`
      : `${used.toLocaleString()} of ${max.toLocaleString()} characters`;
    counter.classList.toggle("text-danger", over);
  };
  field.addEventListener("input", show);
  show();
}

// Each click does one thing: once a form is on its way, its buttons wait for the answer. (They
// are disabled just after the submission starts, so the clicked button's value still goes.)
function oneSubmitEach(form) {
  const buttons = () => [
    ...form.querySelectorAll("button[type=submit]"),
    ...(form.id ? document.querySelectorAll(`button[form="${CSS.escape(form.id)}"]`) : []),
  ];
  form.addEventListener("submit", (event) => {
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = "yes";
    setTimeout(() => buttons().forEach((button) => { button.disabled = true; }), 0);
  });
  // Back to this page from the history cache: it is ready again.
  window.addEventListener("pageshow", () => {
    delete form.dataset.sending;
    buttons().forEach((button) => { button.disabled = false; });
  });
}

// The letter page: leaving with unsaved text asks first (never when nothing changed), and the
// downloads say plainly that they hold the saved letter, not the typing since.
function watchUnsaved() {
  const form = document.getElementById("letter-form");
  const body = document.getElementById("id_body");
  const subject = document.getElementById("id_subject");
  if (!form || !body) return;
  const saved = () => body.value === body.defaultValue && (!subject || subject.value === subject.defaultValue);
  const note = document.querySelector(".unsaved-note");
  let submitting = false;
  // Every button that submits the letter form (Save, Mark as sent, another wording, restore)
  // saves the typed text first, so leaving that way is safe.
  form.addEventListener("submit", () => { submitting = true; });
  const update = () => { if (note) note.hidden = saved(); };
  [body, subject].forEach((field) => field && field.addEventListener("input", update));
  window.addEventListener("beforeunload", (event) => {
    if (submitting || saved()) return;
    event.preventDefault();
    event.returnValue = "";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-count-max]").forEach(watchCount);
  document.querySelectorAll("form[method=post]").forEach(oneSubmitEach);
  watchUnsaved();
});
