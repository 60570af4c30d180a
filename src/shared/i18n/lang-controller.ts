import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from './locale.js';

type Host = ReactiveControllerHost & Element;

/*
 * One observer for the whole page: elements re-render when any `lang` above them changes. It exists
 * only while at least one element is connected, so removing every element leaves nothing behind.
 */
const connectedHosts = new Set<Host>();
let langObserver: MutationObserver | undefined;

function startObserving(): void {
  langObserver = new MutationObserver(() => connectedHosts.forEach((host) => host.requestUpdate()));
  langObserver.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/** Gives an element the locale of its closest `lang`, kept current as the page changes. */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get locale(): Locale {
    return resolveLocale(this.host);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    if (!langObserver) startObserving();
    // Moved to another part of the page, the element may now sit under another `lang`.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
    if (connectedHosts.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }
}

/** For tests: whether the page-wide observer is running. */
export function isObservingLang(): boolean {
  return langObserver !== undefined;
}
