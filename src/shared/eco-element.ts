import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { choiceAttribute, quoted } from './attribute-values.js';
import { defineElement, versionConflictMessage, type DefineOutcome } from './define-element.js';
import { defineDependencies, type ElementDependencies } from './element-dependencies.js';
import { createEcoEvent, type EcoErrorCode, type EcoEventDetails, type EcoEventName } from './events.js';
import { formatList } from './i18n/format.js';
import { isolated } from './i18n/isolate.js';
import { LangController } from './i18n/lang-controller.js';
import type { Locale } from './i18n/locale.js';
import { messagesFor, type Messages } from './i18n/messages/index.js';
import { adoptStylesInDocument } from './styles-in-document.js';
import { themeStyles } from './theme.js';
import { VERSION } from './version.js';
import { unknownValues } from './warnings.js';

/** A problem with what an element was asked to show, and the attribute it concerns, if one does. */
export interface ElementProblem {
  code: EcoErrorCode;
  /** For developers, in English: what was wrong and what would be right. */
  message: string;
  attribute?: string;
  value?: string;
}

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

  /**
   * `light` or `dark` to force one, `auto` to follow the visitor's `prefers-color-scheme`. Unset, the
   * element follows the page's own `color-scheme`, so a light page gets light widgets.
   */
  @property({ reflect: true, converter: choiceAttribute }) theme?: Theme;

  private readonly langController = new LangController(this);
  /** The problems said during the last update, and those said since: each is warned about once. */
  private saidBefore = new Set<string>();
  private saidNow = new Set<string>();
  private reportedProblem = '';

  /** The language the element speaks now. */
  protected get locale(): Locale {
    return this.langController.locale;
  }

  protected get messages(): Messages {
    return messagesFor(this.locale);
  }

  /** "Did you mean …?" in the element's language, or nothing when no name is near. */
  protected didYouMean(names: readonly string[]): string {
    return names.length > 0 ? this.messages.didYouMean(formatList(this.locale, names.map(isolated), 'disjunction')) : '';
  }

  protected emit<K extends EcoEventName>(type: K, detail: EcoEventDetails[K]): CustomEvent<EcoEventDetails[K]> {
    const event = createEcoEvent(type, detail);
    this.dispatchEvent(event);
    return event;
  }

  /**
   * One console warning when a problem appears, in one format for every element:
   * `[eco-widgets] <eco-stats metrics="…">: what was wrong. What would be right.` An element states
   * its problems on every update; one said in the update before is not repeated, so a problem that
   * goes away and comes back is told again, as a new element would tell it.
   */
  protected warn(message: string, attribute?: string, value?: string): void {
    const said = this.describe(message, attribute, value);
    if (!this.saidBefore.has(said) && !this.saidNow.has(said)) console.warn(`[eco-widgets] ${said}`);
    this.saidNow.add(said);
  }

  private describe(message: string, attribute: string | undefined, value: string | undefined): string {
    return `<${this.localName}${attribute ? ` ${attribute}="${quoted(value ?? '')}"` : ''}>: ${message}`;
  }

  /**
   * Warns and fires `eco-error` once for each new problem with what the element was asked to show;
   * none means all is well again. Re-renders of the same problems stay quiet.
   */
  protected reportProblem(...problems: (ElementProblem | undefined)[]): void {
    const found = problems.filter((problem) => problem !== undefined);
    const said = found.map((problem) => `${problem.code}|${this.describe(problem.message, problem.attribute, problem.value)}`).join('\n');
    if (said !== this.reportedProblem) {
      for (const { code, message, attribute, value } of found) {
        this.warn(message, attribute, value);
        this.emit('eco-error', { code, message: this.describe(message, attribute, value) });
      }
    }
    this.reportedProblem = said;
  }

  /**
   * For attributes with a fixed set of values: `value` when it is one of them, else `fallback`, with
   * one warning that names the choices. Unset means the fallback, without a warning.
   */
  protected chosen<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
    if (value == null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warn(`${unknownValues([value], allowed)} Using "${fallback}".`, attribute, value);
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
    // The theme takes effect in CSS alone (an unknown one leaves the page's); here it is only checked.
    if (this.theme != null && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warn(`${unknownValues([this.theme], THEMES)} Following the page's color-scheme.`, 'theme', this.theme);
    }
  }
}
