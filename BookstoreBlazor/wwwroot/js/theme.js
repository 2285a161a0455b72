// The dark-mode toggle is a link to /theme, which stores the choice in a cookie and reloads the page; that works
// everywhere, even without scripts. With scripts the page is kept: the same request stores the choice, then the
// palette switches in place, so an interactive page keeps its state (an unsaved form, a live "no access" view).
// Captured before Blazor's navigation handling sees the click.
document.addEventListener("click", async event => {
    const link = event.target instanceof Element ? event.target.closest(".theme-toggle a[href]") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation();
    const mode = new URL(link.href).searchParams.get("mode");
    try {
        const answer = await fetch(link.href, { credentials: "same-origin", redirect: "manual" });
        if (answer.type !== "opaqueredirect" && !answer.ok) throw new Error(`theme: ${answer.status}`);
    } catch {
        location.href = link.href;
        return;
    }
    document.documentElement.classList.remove("theme-dark", "theme-light");
    document.documentElement.classList.add(`theme-${mode}`);
    // The clicked link is hidden now; its twin takes the focus, so the keyboard stays where it was.
    link.parentElement.querySelector(`a:not([href="${link.getAttribute("href")}"])`)?.focus();
}, true);
