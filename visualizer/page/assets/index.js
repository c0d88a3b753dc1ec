"use strict";
/* The course index: switch language and theme; the lesson links carry both in their hash,
   so a lesson opens as the index shows. */
(function () {
  const body = document.body;
  const words = { en: { lang: "한국어", dark: "Dark", light: "Light" },
    ko: { lang: "English", dark: "어둡게", light: "밝게" } };
  const state = { lang: body.dataset.lang, theme: body.classList.contains("dark") ? "dark" : "light" };
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("lang") === "en" || hash.get("lang") === "ko") state.lang = hash.get("lang");
  if (hash.get("theme") === "light" || hash.get("theme") === "dark") state.theme = hash.get("theme");
  function render() {
    body.dataset.lang = state.lang;
    body.className = state.theme + " index-page";
    document.documentElement.lang = state.lang;
    for (const el of document.querySelectorAll("[data-en]"))
      el.textContent = el.dataset[state.lang] || el.dataset.en;
    document.getElementById("lang-button").textContent = words[state.lang].lang;
    document.getElementById("theme-button").textContent =
      words[state.lang][state.theme === "light" ? "dark" : "light"];
    document.title = document.querySelector("h1").textContent;
    for (const a of document.querySelectorAll("a.card"))
      a.href = a.getAttribute("href").split("#")[0] + "#lang=" + state.lang + "&theme=" + state.theme;
  }
  document.getElementById("lang-button").addEventListener("click", () => {
    state.lang = state.lang === "en" ? "ko" : "en";
    render();
  });
  document.getElementById("theme-button").addEventListener("click", () => {
    state.theme = state.theme === "light" ? "dark" : "light";
    render();
  });
  render();
})();
