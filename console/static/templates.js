// Text template editor: a live preview as you type. No build step; the page works without
// this script ("Check" posts the form). The checks are the server's own (sms/template_check.py):
// each pause in typing posts the wording to /console/templates/preview and shows its answer.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-template-editor]").forEach(setUpEditor);
});

const PAUSE_MS = 250;

function setUpEditor(form) {
  const area = form.querySelector("textarea");
  const token = form.querySelector('input[name="csrf_token"]');
  if (!area || !token) return;
  let timer = null;
  let latest = 0;
  const update = async () => {
    const mine = ++latest;
    const answer = await ask(form, token.value, area.value);
    if (mine === latest) show(form, area, answer);  // an older answer must not win
  };
  area.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, PAUSE_MS);
  });
}

async function ask(form, token, body) {
  try {
    const response = await fetch(form.dataset.previewUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify({ key: form.dataset.key, language: form.dataset.language, body }),
    });
    if (!response.ok) return { failed: `The preview is unavailable (${response.status}). Use Check.` };
    return await response.json();
  } catch (_error) {
    return { failed: "The preview is unavailable (no connection). Use Check." };
  }
}

function show(form, area, answer) {
  const text = form.querySelector("[data-preview-text]");
  const count = form.querySelector("[data-preview-count]");
  const checks = form.querySelector("[data-preview-checks]");
  if (answer.failed) {
    checks.replaceChildren(paragraph(answer.failed, "tt-bad"));
    return;
  }
  text.textContent = answer.text ?? "The text cannot be filled in until its placeholders are fixed.";
  count.textContent = countWords(answer);
  count.classList.toggle("pg-counter-warn", (answer.segments ?? 0) > answer.max_segments);
  area.setAttribute("aria-invalid", String(!answer.ok));
  if (answer.ok) {
    checks.replaceChildren(
      paragraph("All checks pass: lock screen, length, placeholders and safety words.", "tt-ok"));
    return;
  }
  const n = answer.problems.length;
  const list = document.createElement("ul");
  answer.problems.forEach((problem) => {
    const item = document.createElement("li");
    item.dataset.check = problem.check;
    item.textContent = problem.message;
    list.append(item);
  });
  checks.replaceChildren(
    paragraph(`${n} problem${n === 1 ? "" : "s"} to fix before saving:`, "tt-bad"), list);
}

function countWords(answer) {
  if (answer.segments === null) return "Not counted: the placeholders need fixing first.";
  const plural = answer.segments === 1 ? "" : "s";
  return `${answer.characters} characters · ${answer.segments} text segment${plural} ` +
    `(${answer.encoding}) · at most ${answer.max_segments}`;
}

function paragraph(words, className) {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = words;
  return p;
}
