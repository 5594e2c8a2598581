/** What quick capture can be opened with: a customer and the plan being carried out. */
export type CapturePreset = { customerId?: string; planId?: string };

const EVENT = 'yardstick:quick-capture';

/** Opens quick capture from anywhere (the header button listens). */
export function openQuickCapture(preset: CapturePreset = {}): void {
  window.dispatchEvent(new CustomEvent<CapturePreset>(EVENT, { detail: preset }));
}

export function onQuickCapture(listener: (preset: CapturePreset) => void): () => void {
  const handle = (event: Event) =>
    listener(event instanceof CustomEvent ? (event.detail as CapturePreset) : {});
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}

/** Keys typed into a field or with a modifier other than Ctrl/Cmd+K are not shortcuts. */
export function isCaptureShortcut(event: KeyboardEvent): boolean {
  const target = event.target;
  const typing =
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return !typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key === 'n';
}
