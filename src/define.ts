import { defineElement, versionConflictMessage } from './shared/define-element.js';
import { defineDependencies } from './shared/element-dependencies.js';
import { VERSION } from './shared/version.js';
import { ELEMENTS } from './elements.js';

/**
 * Defines every eco-* element. Tags another copy of the library already defined are left alone, with
 * one warning for all of them when that copy is another version.
 */
export function defineAll(registry: CustomElementRegistry = customElements): void {
  const conflicts = new Map<string | undefined, string[]>();
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    const outcome = defineElement(tag, element, registry);
    if (outcome.status === 'defined') defineDependencies(element.dependencies, registry);
    if (outcome.status === 'already-defined' && outcome.existingVersion !== VERSION) {
      conflicts.set(outcome.existingVersion, [...(conflicts.get(outcome.existingVersion) ?? []), tag]);
    }
  }
  conflicts.forEach((tags, version) => console.warn(versionConflictMessage(tags, version, VERSION)));
}

defineAll();
