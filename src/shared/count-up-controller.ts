import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const DEFAULT_DURATION_MS = 900;

/** `--eco-count-up-duration: 1.5s` (or `1500ms`) on the element or an ancestor sets how long counting takes. */
function durationOf(host: HTMLElement): number {
  const value = getComputedStyle(host).getPropertyValue('--eco-count-up-duration').trim();
  const match = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(value);
  return match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : DEFAULT_DURATION_MS;
}

/**
 * Counts numbers up from zero the first time the host is seen. It only moves `progress` and asks the
 * host to render; the host draws every number itself, so nothing outside Lit ever writes into the DOM
 * Lit renders. Any change in what is counted, and leaving the page, ends the count at the final numbers.
 */
export class CountUpController implements ReactiveController {
  /** How far the count has come: from 0 to 1, and 1 whenever nothing is counting. */
  progress = 1;

  private counted: string | undefined;
  private played = false;
  private observer: IntersectionObserver | undefined;
  private frame = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Called on every update with a description of the numbers to count (their final text is enough),
   * or undefined when there is nothing to count. Ends a running count when the numbers change.
   */
  track(counted: string | undefined): void {
    if (counted === this.counted) return;
    this.counted = counted;
    if (this.frame) this.finish();
    if (counted === undefined) this.unobserve();
    else if (!this.played) this.observe();
  }

  hostConnected(): void {
    if (this.counted !== undefined && !this.played) this.observe();
  }

  hostDisconnected(): void {
    this.unobserve();
    if (this.frame) this.finish();
  }

  private observe(): void {
    if (this.observer || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.start();
    });
    this.observer.observe(this.host);
  }

  private unobserve(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private start(): void {
    this.unobserve();
    this.played = true;
    const duration = durationOf(this.host);
    let startedAt: number | undefined;
    const step = (now: number) => {
      startedAt ??= now;
      const linear = Math.min(1, (now - startedAt) / duration);
      if (linear >= 1) return this.finish();
      this.progress = 1 - (1 - linear) ** 3;
      this.host.requestUpdate();
      this.frame = requestAnimationFrame(step);
    };
    this.progress = 0;
    this.host.requestUpdate();
    this.frame = requestAnimationFrame(step);
  }

  private finish(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.progress = 1;
    this.host.requestUpdate();
  }
}
