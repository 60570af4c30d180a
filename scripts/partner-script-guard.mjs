/*
 * What the partner script (dist/eco-widgets.js) does before and after its modules run, as the
 * `intro` and `outro` of its IIFE: plain code, because it must run before Lit's module does.
 *
 * - A second copy steps aside before anything creates a Trusted Types policy: without
 *   'allow-duplicates', a second "lit-html" policy would throw. It warns once if it is another
 *   version, in the words of src/shared/define-element.ts (a test holds the two to the same text).
 * - A page whose CSP refuses Lit's "lit-html" policy gets one warning naming the header it needs, not
 *   an uncaught error. Where the page does not enforce Trusted Types (`trusted-types` without
 *   `require-trusted-types-for`), Lit needs no policy, so the elements still work. Where it does,
 *   nothing is defined: Lit could not render, and every element would throw.
 */

/** The header a partner page with Trusted Types needs; the README gives it in full. */
export const TRUSTED_TYPES_DIRECTIVE = 'trusted-types lit-html eco-widgets';

/** @param {{ version: string, tags: string[] }} options */
export function partnerIntro({ version, tags }) {
  const list = tags.map((tag) => `<${tag}>`).join(', ');
  return `
const copies = Symbol.for('eco-widgets');
const earlier = globalThis[copies] ??
  (${JSON.stringify(tags)}.every((tag) => customElements.get(tag)) ? customElements.get(${JSON.stringify(tags[0])}).version ?? null : undefined);
if (earlier !== undefined) {
  if (earlier !== ${JSON.stringify(version)}) {
    const owner = earlier ? 'eco-widgets ' + earlier : 'another script';
    console.warn(${JSON.stringify(`[eco-widgets] ${list} already defined by `)} + owner + ${JSON.stringify(
      `; eco-widgets ${version} left them as they were. Load eco-widgets once per page, in one version.`,
    )});
  }
  return;
}
globalThis[copies] = ${JSON.stringify(version)};
const policyFactory = globalThis.trustedTypes;
const litPolicyRefused = new Error('lit-html policy refused');
let refusedPolicy;
if (policyFactory) {
  const { createPolicy } = policyFactory;
  policyFactory.createPolicy = (name, rules) => {
    try {
      return createPolicy.call(policyFactory, name, rules);
    } catch {
      refusedPolicy = name;
      // A template written from a plain string shows whether the page enforces Trusted Types.
      try {
        document.createElement('template').innerHTML = '';
      } catch {
        throw litPolicyRefused;
      }
      return undefined;
    }
  };
}
try {`;
}

export function partnerOutro() {
  return `} catch (error) {
  if (error !== litPolicyRefused) throw error;
} finally {
  if (policyFactory) delete policyFactory.createPolicy;
  if (refusedPolicy) {
    console.warn('[eco-widgets] This page\\'s Content-Security-Policy refuses the Trusted Types policy "' + refusedPolicy +
      '"; allow it with "${TRUSTED_TYPES_DIRECTIVE}". ' +
      (customElements.get('eco-provider') ? 'The elements work, as the page does not require Trusted Types.' : 'No element was defined.'));
  }
}`;
}
