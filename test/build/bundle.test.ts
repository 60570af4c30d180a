import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENTS } from '../../src/elements.js';
import { versionConflictMessage } from '../../src/shared/define-element.js';
import { VERSION } from '../../src/shared/version.js';
import { openFrame } from '../helpers/frame.js';
import { renderedText } from '../helpers/rendered-text.js';
import '../../src/define.js';

const bundle = new URL('/dist/eco-widgets.js', location.href).href;
const tags = Object.keys(ELEMENTS);

/** Loads the bundle in a fresh frame as a partner page would, and says which tags it defined. */
async function load(scripts: string, before = '') {
  const page = await openFrame(`<!doctype html><html lang="en"><head><script>${before}</script>${scripts}</head><body></body></html>`);
  await waitUntil(() => tags.every((tag) => page.window.customElements.get(tag)), 'not every element was defined');
  const result = { errors: page.window.probe.errors, warnings: page.window.probe.warnings, defined: tags.filter((tag) => page.window.customElements.get(tag)) };
  page.remove();
  return result;
}

describe('dist/eco-widgets.js', () => {
  it('shows exactly the text the source modules show: minifying the templates keeps every space', async () => {
    const markup = '<eco-org-card org="Ghent University Hospital"></eco-org-card><eco-stats region="antwerp"></eco-stats><eco-stats layout="inline"></eco-stats><eco-stats layout="chart" lang="nl" counts></eco-stats><eco-org-card org="imec" layout="compact"></eco-org-card><eco-region-list region="limburg" controls="search filters sort" group-by="type"></eco-region-list>';
    const page = await openFrame(`<!doctype html><html lang="en"><head><script src="${bundle}"></script></head><body>${markup}</body></html>`);
    const fromSource = document.createElement('div');
    fromSource.innerHTML = markup;
    document.body.append(fromSource);
    try {
      const built = [...page.document.body.children].filter((element) => element.localName.startsWith('eco-'));
      const source = [...fromSource.children];
      await Promise.all([...built, ...source].map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      built.forEach((element, i) => expect(renderedText(element), element.outerHTML).to.deep.equal(renderedText(source[i]!)));
    } finally {
      fromSource.remove();
      page.remove();
    }
  });

  it('has no top-level import or export, so a classic script can load it', async () => {
    const code = await (await fetch(bundle)).text();
    expect(code).to.not.match(/^\s*(import|export)\b/m);
  });

  it('is ASCII only, so that a page that declares no charset still reads its "·" and "é" right', async () => {
    const code = await (await fetch(bundle)).text();
    const first = /[^\t\n\r\x20-\x7E]/.exec(code);
    expect(first && code.slice(first.index - 40, first.index + 10), 'the first character past ASCII').to.equal(null);
  });

  it('defines every element when loaded as a classic script', async () => {
    const { errors, defined } = await load(`<script src="${bundle}"></script>`);
    expect(errors).to.deep.equal([]);
    expect(defined).to.deep.equal(tags);
  });

  it('defines every element when loaded as a module script', async () => {
    const { errors, defined } = await load(`<script type="module" src="${bundle}"></script>`);
    expect(errors).to.deep.equal([]);
    expect(defined).to.deep.equal(tags);
  });

  it('can be loaded twice on one page without an error or a warning', async () => {
    const { errors, warnings, defined } = await load(`<script src="${bundle}"></script><script src="${bundle}?again"></script>`);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(defined).to.deep.equal(tags);
  });

  it('leaves an older version in place, with one warning naming both versions', async () => {
    const older = tags.map((tag) => `customElements.define('${tag}', class extends HTMLElement { static version = '0.0.1' });`).join('\n');
    const { errors, warnings } = await load(`<script src="${bundle}"></script>`, older);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([versionConflictMessage(tags, '0.0.1', VERSION)]);
  });

  it('steps aside, with the same one warning, for another version that marked the page as its own', async () => {
    const page = await openFrame(`<!doctype html><html lang="en"><head>
      <script>globalThis[Symbol.for('eco-widgets')] = '9.9.9';</script><script src="${bundle}"></script>
    </head><body><eco-org-card org="imec"></eco-org-card></body></html>`);
    expect(page.window.probe.errors).to.deep.equal([]);
    expect(page.window.probe.warnings).to.deep.equal([versionConflictMessage(tags, '9.9.9', VERSION)]);
    expect(page.window.customElements.get('eco-org-card'), 'nothing defined by the second copy').to.equal(undefined);
    page.remove();
  });
});
