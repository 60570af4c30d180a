import { defineElement } from './define-element.js';
import { VERSION } from './version.js';

/**
 * The elements an element renders, each under the tag it renders it with (Shoelace's
 * `static dependencies`): `{ 'eco-org-card': EcoOrgCard }`.
 */
export type ElementDependencies = Readonly<Record<string, CustomElementConstructor>>;

/** For each registry, the tag each of our dependencies runs under there. */
const tagsByRegistry = new WeakMap<CustomElementRegistry, Map<CustomElementConstructor, string>>();

/** Whether the registry's element for a tag is `element` itself or a subclass: either renders as ours does. */
function isOurs(defined: CustomElementConstructor, element: CustomElementConstructor): boolean {
  return defined === element || defined.prototype instanceof element;
}

/** `eco-org-card`, then `eco-org-card-0-1-0`, `eco-org-card-0-1-0-2`, …: tags another script is unlikely to take. */
function candidateTag(tag: string, attempt: number): string {
  if (attempt === 0) return tag;
  const fallback = `${tag}-${VERSION.replace(/\W/g, '-')}`;
  return attempt === 1 ? fallback : `${fallback}-${attempt}`;
}

function firstTagFor(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry): string {
  for (let attempt = 0; ; attempt++) {
    const candidate = candidateTag(tag, attempt);
    const defined = registry.get(candidate);
    if (!defined) defineElement(candidate, element, registry);
    if (!defined || isOurs(defined, element)) return candidate;
  }
}

/**
 * The tag to render `element` with in `registry`, defining it first where needed: `tag` when it is
 * free or already ours. When the page gave `tag` to an element of its own (another library's
 * `<eco-org-card>`, say), ours is defined under a fallback tag, so that what we render is ours.
 */
export function dependencyTag(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): string {
  let tags = tagsByRegistry.get(registry);
  if (!tags) tagsByRegistry.set(registry, (tags = new Map()));
  let chosen = tags.get(element);
  if (chosen === undefined) tags.set(element, (chosen = firstTagFor(tag, element, registry)));
  return chosen;
}

/** Defines every dependency in `registry` (see `dependencyTag`). */
export function defineDependencies(dependencies: ElementDependencies, registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(dependencies)) dependencyTag(tag, element, registry);
}
