// Tether console: the only script every page loads. No build step; keep it small.
// On narrow screens the nav bar folds behind a "Menu" button. Without this script
// the button stays hidden and every link shows, wrapped: nothing depends on it.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector(".nav-toggle");
  const nav = document.getElementById("site-nav");
  if (!button || !nav) return;
  document.documentElement.classList.add("js");
  button.hidden = false;
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  });
});
