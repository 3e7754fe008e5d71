// Small DOM helpers. Text always goes in as text nodes, never as HTML.

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | boolean | undefined>;

/** An element with attributes (true sets an empty attribute, false/undefined leaves it out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The element with this id; a missing one is a bug in index.html. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** A `<time>` showing the local time (and the date when it is not today). */
export function timeElement(iso: string, withDate = false): HTMLTimeElement {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return h('time', {}, iso);
  const today = new Date().toDateString() === date.toDateString();
  const text = date.toLocaleString('en-US', {
    ...(withDate || !today ? { month: 'short', day: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
  });
  return h('time', { datetime: date.toISOString(), title: date.toLocaleString('en-US') }, text);
}

/** Puts `text` in the page's polite live region for screen readers. */
export function announce(text: string): void {
  const region = byId('announcer');
  region.append(h('p', {}, text));
  while (region.childElementCount > 5) region.firstElementChild?.remove();
}
