// Program editor and broadcast page. No build step; everything works without this script:
// it adds and removes list rows (the server always renders one blank row), hides choices
// that do not apply, and counts a broadcast's characters as you type (the review step
// shows the server's own count, from sms/segments.py, before anything is sent).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-list]").forEach(setUpList);
  setUpTimezone();
  setUpCheckins();
  document.querySelectorAll("[data-counter-for]").forEach(setUpCounter);
});

// Lists: rows come from the <template> with __i__ (a fresh index for names and ids)
// and __n__ (the row's number, for labels) filled in.
function setUpList(list) {
  const rows = list.querySelector("[data-rows]");
  const template = list.querySelector("template");
  const add = list.querySelector("[data-add]");
  if (!rows || !template || !add) return;
  const max = Number(list.dataset.max || 0);
  let next = Number(list.dataset.next || rows.children.length);
  const refresh = () => {
    add.hidden = max > 0 && rows.children.length >= max;
    Array.from(rows.children).forEach((row, i) => {
      row.querySelectorAll("[data-number]").forEach((span) => { span.textContent = String(i + 1); });
    });
  };
  list.querySelectorAll("[data-remove]").forEach((button) => { button.hidden = false; });
  add.addEventListener("click", () => {
    const html = template.innerHTML
      .replaceAll("__i__", String(next))
      .replaceAll("__n__", String(rows.children.length + 1));
    next += 1;
    rows.insertAdjacentHTML("beforeend", html);
    const row = rows.lastElementChild;
    row.querySelectorAll("[data-remove]").forEach((button) => { button.hidden = false; });
    refresh();
    const first = row.querySelector("input, select");
    if (first) first.focus();
  });
  rows.addEventListener("click", (event) => {
    const button = event.target.closest("[data-remove]");
    if (!button) return;
    button.closest("[data-row]").remove();
    refresh();
    add.focus();
  });
  refresh();
}

function setUpTimezone() {
  const select = document.getElementById("timezone_choice");
  const other = document.getElementById("timezone-other-field");
  if (!select || !other) return;
  const show = () => { other.hidden = select.value !== "other"; };
  select.addEventListener("change", show);
  show();
}

function setUpCheckins() {
  const radios = document.querySelectorAll('input[name="checkin_mode"]');
  if (!radios.length) return;
  const part = (name) => document.querySelector(`[data-checkin="${name}"]`);
  const show = () => {
    const mode = document.querySelector('input[name="checkin_mode"]:checked')?.value || "none";
    part("time").hidden = mode === "none" || mode === "custom";
    part("days").hidden = mode !== "weekdays";
    part("skip").hidden = mode === "none";
  };
  radios.forEach((radio) => radio.addEventListener("change", show));
  show();
}

// The GSM-7 alphabet (one unit each) and its extension table (two units each); any other
// character makes the whole text UCS-2. The same tables as the gsm0338 codec the server uses.
const GSM7 = "\n\r\x1b !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_" +
  "abcdefghijklmnopqrstuvwxyz¡£¤¥§¿ÄÅÆÇÉÑÖØÜßàäåæèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ";
const GSM7_EXTENSION = "\f[\\]^{|}~€";

function segmentation(text) {
  let units = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM7.includes(ch)) units += 1;
    else if (GSM7_EXTENSION.includes(ch)) units += 2;
    else { gsm = false; break; }
  }
  if (!gsm) {
    units = 0;
    for (const ch of text) units += ch.codePointAt(0) > 0xffff ? 2 : 1;
  }
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  return {
    encoding: gsm ? "GSM-7" : "UCS-2",
    units,
    segments: units <= single ? 1 : Math.ceil(units / multi),
  };
}

function setUpCounter(counter) {
  const area = document.getElementById(counter.dataset.counterFor);
  if (!area) return;
  const sender = area.dataset.sender || "";
  const update = () => {
    // As the server will send it: trimmed, the sender first, line breaks as the form sends them.
    const body = area.value.trim().replace(/\r?\n/g, "\r\n");
    const text = body.startsWith(sender) ? body : `${sender} ${body}`;
    const count = segmentation(text);
    const plural = count.segments === 1 ? "" : "s";
    counter.textContent = `${count.units} characters with the sender · ` +
      `${count.segments} text segment${plural} (${count.encoding})`;
    counter.classList.toggle("pg-counter-warn", count.segments > 1);
  };
  area.addEventListener("input", update);
  update();
}
