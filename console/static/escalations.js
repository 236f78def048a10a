// The escalations board: re-fetch the list every 2 seconds and swap it in, so a new crisis
// shows within seconds without a reload; ages tick every second in between.
// Polls send X-Console-Background so an unattended board does not keep the session signed in.
// An alert someone is working on (Resolve open, a note typed, focus inside) is kept as it is.
(() => {
  "use strict";
  const POLL_MS = 2000;
  const root = document.getElementById("esc-live");
  if (!root) return;
  const url = root.dataset.liveUrl;
  const note = document.getElementById("esc-live-note");
  const announce = document.getElementById("esc-announce");
  const baseTitle = document.title.replace(/^\(\d+\)\s*/, "");
  const loaded = new WeakMap(); // <time> -> performance.now() when its age was given

  function formatAge(seconds) {
    // The same words as console.web.escalations_view.format_age.
    if (seconds < 60) return `${seconds} s`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
    if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
    return `${Math.floor(seconds / 86400)} d ${Math.floor((seconds % 86400) / 3600)} h`;
  }

  function stampAges(scope) {
    const now = performance.now();
    scope.querySelectorAll("time[data-age]").forEach((el) => loaded.set(el, now));
  }

  function tick() {
    const now = performance.now();
    root.querySelectorAll("time[data-age]").forEach((el) => {
      const since = loaded.has(el) ? Math.floor((now - loaded.get(el)) / 1000) : 0;
      el.textContent = formatAge(Number(el.dataset.age) + since);
    });
  }

  function busy(item) {
    const active = document.activeElement;
    if (active && active !== document.body && item.contains(active)) return true;
    if (item.querySelector("details[open]")) return true;
    return [...item.querySelectorAll("textarea")].some((t) => t.value.trim() !== "");
  }

  function openKeys(list) {
    return new Set([...list.querySelectorAll(".esc-open[data-key]")].map((li) => li.dataset.key));
  }

  function merge(oldList, newList) {
    // Busy items stay where they are (moving a node would drop the focus and the typed note);
    // every other item is replaced, in the server's order, around them.
    const kept = new Map();
    [...oldList.children].forEach((item) => {
      if (busy(item)) kept.set(item.dataset.key, item);
      else item.remove();
    });
    let previous = null;
    [...newList.children].forEach((item) => {
      const keep = kept.get(item.dataset.key);
      if (keep) {
        previous = keep;
        return;
      }
      if (previous) previous.after(item);
      else oldList.prepend(item);
      previous = item;
    });
  }

  function swap(html) {
    const fresh = new DOMParser().parseFromString(html, "text/html").getElementById("esc-live-content");
    const current = document.getElementById("esc-live-content");
    if (!fresh || !current) return;
    const oldList = current.querySelector("#esc-list");
    const newList = fresh.querySelector("#esc-list");
    const before = openKeys(oldList);
    const arrived = [...newList.querySelectorAll(".esc-open[data-key]")].filter((li) => !before.has(li.dataset.key));
    arrived.forEach((li) => li.classList.add("esc-arrived"));
    stampAges(fresh);
    merge(oldList, newList);
    // Everything but the list (the counts, the empty-board note) is replaced outright.
    [...current.children].forEach((child) => { if (child !== oldList) child.remove(); });
    [...fresh.children].forEach((child) => { if (child.id !== "esc-list") oldList.before(child); });
    current.dataset.openCount = fresh.dataset.openCount;
    const open = Number(fresh.dataset.openCount || 0);
    document.title = (open ? `(${open}) ` : "") + baseTitle;
    if (arrived.length && announce) {
      announce.textContent = `New crisis: ${arrived.map((li) => li.querySelector(".esc-title").textContent.trim().replace(/\s+/g, " ")).join(", ")}`;
    }
  }

  async function poll() {
    try {
      const response = await fetch(url, {
        headers: { "X-Console-Background": "1" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.redirected) {
        // Signed out (idle too long): reload, which shows the sign-in page and comes back here.
        window.location.reload();
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      swap(await response.text());
      if (note) note.textContent = "Updates by itself every few seconds.";
    } catch (error) {
      if (note) note.textContent = "Cannot reach the server: retrying. Your pager still works.";
    }
    window.setTimeout(poll, POLL_MS);
  }

  stampAges(root);
  window.setInterval(tick, 1000);
  window.setTimeout(poll, POLL_MS);
})();
