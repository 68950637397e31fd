// Politely's progressive enhancements. Every page works without this file.
"use strict";

document.documentElement.classList.add("js");

function copyText(button) {
  const target = document.querySelector(button.dataset.copyTarget);
  const status = button.parentElement.querySelector(".copy-status");
  const text = "value" in target ? target.value : target.textContent;
  const say = (message) => { if (status) status.textContent = message; };
  navigator.clipboard.writeText(text).then(
    () => {
      say("Copied");
      button.textContent = "Copied";
      setTimeout(() => { button.textContent = button.dataset.label; say(""); }, 2500);
    },
    () => say("Couldn't copy automatically: select the text and press Ctrl+C (⌘C on a Mac).")
  );
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".js-only").forEach((element) => { element.hidden = false; });
  document.querySelectorAll("[data-copy-target]").forEach((button) => {
    button.dataset.label = button.textContent;
    button.addEventListener("click", () => copyText(button));
  });
});
