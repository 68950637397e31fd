// Light or dark, as the system says: sets Bootstrap's colour mode (data-bs-theme) on <html> and follows
// the setting when it changes. Loaded render-blocking in <head>, so a dark page never flashes white;
// a separate file because the Content-Security-Policy allows no inline script. Without JavaScript
// the page stays light, which Bootstrap's defaults already are.
"use strict";

(() => {
  const root = document.documentElement;
  const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => root.setAttribute("data-bs-theme", dark && dark.matches ? "dark" : "light");
  apply();
  if (dark && dark.addEventListener) dark.addEventListener("change", apply);
})();
