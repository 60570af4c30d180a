/** What happened when a tag was defined. */
export type DefineOutcome =
  | { status: 'defined' }
  | { status: 'already-defined'; existingVersion: string | undefined };

interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

/**
 * Defines `tag` unless the registry already has it. Two partner scripts (or two versions of ours) on
 * one page must not break each other, so a taken tag is reported, never thrown as NotSupportedError.
 */
export function defineElement(
  tag: string,
  constructor: VersionedConstructor,
  registry: CustomElementRegistry = customElements,
): DefineOutcome {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) return { status: 'already-defined', existingVersion: existing.version };
  try {
    registry.define(tag, constructor);
  } catch {
    // A constructor can be registered under one tag only; a second tag gets a subclass of its own.
    registry.define(tag, class extends constructor {});
  }
  return { status: 'defined' };
}

/** The one warning for tags that another copy of the library (or another library) defined first. */
export function versionConflictMessage(
  tags: readonly string[],
  existingVersion: string | undefined,
  ourVersion: string,
): string {
  const owner = existingVersion ? `eco-widgets ${existingVersion}` : 'another script';
  const list = tags.map((tag) => `<${tag}>`).join(', ');
  return (
    `[eco-widgets] ${list} already defined by ${owner}; eco-widgets ${ourVersion} left them as they ` +
    'were. Load eco-widgets once per page, in one version.'
  );
}
