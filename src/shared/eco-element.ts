import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { choiceAttribute } from './attribute-values.js';
import { defineElement, versionConflictMessage, type DefineOutcome } from './define-element.js';
import { defineDependencies, type ElementDependencies } from './element-dependencies.js';
import { createEcoEvent, type EcoErrorCode, type EcoEventDetails, type EcoEventName } from './events.js';
import { LangController } from './i18n/lang-controller.js';
import type { Locale } from './i18n/locale.js';
import { messagesFor, type Messages } from './i18n/messages/index.js';
import { adoptStylesInDocument } from './styles-in-document.js';
import { themeStyles } from './theme.js';
import { VERSION } from './version.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every eco-* element shares: safe definition, language, theme, typed events and polite
 * warnings. It renders nothing of its own.
 */
export class EcoElement extends LitElement {
  /** Lets a second copy of the library tell which version defined a tag first. */
  static readonly version = VERSION;

  static override styles = [themeStyles];

  /**
   * The elements this one renders, by the tag it renders them with; defining this element defines
   * them too (under a tag of their own where the page gave that tag to another element).
   */
  static dependencies: ElementDependencies = {};

  /**
   * Defines this element as `tag`, and the elements it renders. A tag that is already taken is left as
   * it is; if another version took it, one warning says so. Never throws for a taken tag.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): DefineOutcome {
    const outcome = defineElement(tag, this, registry);
    if (outcome.status === 'defined') defineDependencies(this.dependencies, registry);
    if (outcome.status === 'already-defined' && outcome.existingVersion !== VERSION) {
      console.warn(versionConflictMessage([tag], outcome.existingVersion, VERSION));
    }
    return outcome;
  }

  /**
   * The UI language: `en`, `nl`, `fr` or `de`. Unset, the element follows the closest `lang` of its
   * ancestors, else English.
   */
  @property({ reflect: true }) override lang!: string;

  /** `light`, `dark`, or `auto` to follow the visitor's `prefers-color-scheme`. */
  @property({ reflect: true, converter: choiceAttribute }) theme: Theme = 'auto';

  /** The theme in effect: `theme` when it is one, else `auto`. Elements hand it to those they render. */
  protected themeChoice: Theme = 'auto';

  private readonly langController = new LangController(this);
  /** The problems said during the last update, and those said since: each is warned about once. */
  private saidBefore = new Set<string>();
  private saidNow = new Set<string>();
  private reportedProblem: string | undefined;

  /** The language the element speaks now. */
  protected get locale(): Locale {
    return this.langController.locale;
  }

  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  protected emit<K extends EcoEventName>(type: K, detail: EcoEventDetails[K]): CustomEvent<EcoEventDetails[K]> {
    const event = createEcoEvent(type, detail);
    this.dispatchEvent(event);
    return event;
  }

  /**
   * One console warning when a problem appears, saying what was wrong and what would be right. An
   * element states its problems on every update; one that was said in the update before is not
   * repeated, so a problem that goes away and comes back is told again, as a new element would tell it.
   */
  protected warn(message: string): void {
    if (!this.saidBefore.has(message) && !this.saidNow.has(message)) console.warn(`[eco-widgets] <${this.localName}>: ${message}`);
    this.saidNow.add(message);
  }

  /**
   * Warns and fires `eco-error` once for each new problem with what the element was asked to show;
   * undefined means all is well again. Re-renders of the same problem stay quiet.
   */
  protected reportProblem(problem: { code: EcoErrorCode; message: string } | undefined): void {
    const key = problem && `${problem.code}|${problem.message}`;
    if (problem && key !== this.reportedProblem) {
      this.warn(problem.message);
      this.emit('eco-error', { code: problem.code, message: problem.message });
    }
    this.reportedProblem = key;
  }

  /**
   * For attributes with a fixed set of values: `value` when it is one of them, else `fallback`, with
   * one warning that names the choices. Unset means the fallback, without a warning.
   */
  protected chosen<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const choices = allowed.map((choice) => `"${choice}"`);
    this.warn(`${attribute}="${value}" is not one of ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}; using "${fallback}".`);
    return fallback;
  }

  /** Moved to another document (an iframe's), the element keeps its styles. */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStylesInDocument(this.shadowRoot, (this.constructor as typeof EcoElement).elementStyles);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.saidBefore = this.saidNow;
    this.saidNow = new Set();
    // The theme takes effect in CSS alone; here it is only checked.
    this.themeChoice = this.chosen('theme', this.theme, THEMES, 'auto');
  }
}
