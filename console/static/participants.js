// Tether console, participants pages. No build step; everything works without it.
// 1. A participant's conversation opens scrolled to the newest text.
// 2. The CSV import posts its rows in chunks and moves a progress bar as each chunk
//    is enrolled (console/web/participants_import.py explains why). Without this
//    script the form posts every row at once and the server imports them in one go.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const chat = document.querySelector("[data-chat]");
  if (chat) chat.scrollTop = chat.scrollHeight;

  const form = document.querySelector("form[data-import]");
  if (form) form.addEventListener("submit", (event) => {
    event.preventDefault();
    importInChunks(form);
  });
});

async function importInChunks(form) {
  const rows = JSON.parse(form.elements.rows.value);
  const size = Number(form.dataset.chunk) || 50;
  const panel = document.getElementById("import-progress");
  const bar = panel.querySelector("progress");
  const text = panel.querySelector("[data-progress-text]");
  const problems = panel.querySelector("[data-progress-problems]");
  form.querySelector("button[type=submit]").disabled = true;
  panel.hidden = false;
  bar.max = rows.length;
  let done = 0;
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const body = new FormData();
    body.append("csrf_token", form.elements.csrf_token.value);
    body.append("rows", JSON.stringify(chunk));
    body.append("first_row", String(2 + start)); // row 1 of the file is the header
    body.append("total", String(rows.length));
    if (start + size >= rows.length) body.append("final", "1");
    let result = null;
    let ok = false;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      ok = response.ok;
      result = await response.json().catch(() => null);
    } catch (error) {
      result = { message: "The connection was lost." };
    }
    if (!ok || !result) {
      stopped(text, problems, done, rows.length, result);
      return;
    }
    done += result.imported;
    bar.value = done;
    text.textContent = `Imported ${done} of ${rows.length}…`;
  }
  text.textContent = `Imported all ${rows.length}. Opening the participants list…`;
  window.location.assign(form.dataset.done);
}

function stopped(text, problems, done, total, result) {
  const imported = done
    ? `Rows 2 to ${done + 1} were imported (each was texted the invitation); `
    : "Nothing was imported; ";
  text.textContent = `Stopped. ${imported}rows ${done + 2} to ${total + 1} were not.`;
  const list = document.createElement("ul");
  list.className = "field-error";
  const lines = [];
  if (result && result.message) lines.push(result.message);
  for (const row of (result && result.rows) || []) {
    lines.push(`Row ${row.row}: ${row.problems.join("; ")}`);
  }
  if (!lines.length) lines.push("The server refused the import: reload the page and retry.");
  for (const line of lines) {
    const item = document.createElement("li");
    item.textContent = line;
    list.append(item);
  }
  problems.replaceChildren(list);
}
