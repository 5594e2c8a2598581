/** `/` outside a field, without modifiers, focuses the header search (Ctrl/Cmd+K is quick capture). */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const target = event.target;
  const typing =
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  return !typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key === '/';
}
