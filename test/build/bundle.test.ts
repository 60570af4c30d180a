import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/shared/version.js';
import { ELEMENTS } from '../../src/elements.js';

interface Probe {
  errors: string[];
  warnings: string[];
  defined: Record<string, boolean>;
}

/**
 * Loads dist/eco-widgets.js in a fresh frame, the way a partner page would, and reports uncaught
 * errors, warnings and which tags got defined.
 */
async function loadInFrame(scripts: string, before = ''): Promise<Probe> {
  const frame = document.createElement('iframe');
  const tags = JSON.stringify(Object.keys(ELEMENTS));
  frame.srcdoc = `<!doctype html><html><head>
    <script>
      window.probe = { errors: [], warnings: [], defined: {} };
      addEventListener('error', (e) => probe.errors.push(String(e.message)));
      const warn = console.warn;
      console.warn = (...args) => { probe.warnings.push(args.join(' ')); warn(...args); };
      ${before}
    </script>
    ${scripts}
  </head><body><eco-provider></eco-provider>
    <script type="module">
      for (const tag of ${tags}) probe.defined[tag] = !!customElements.get(tag);
      probe.done = true;
    </script>
  </body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { probe?: Probe & { done?: boolean } }) | null;
  await new Promise<void>((done) => {
    const check = () => (win()?.probe?.done ? done() : setTimeout(check, 20));
    check();
  });
  const probe = win()!.probe!;
  frame.remove();
  return probe;
}

const bundle = new URL('/dist/eco-widgets.js', location.href).href;
const everyTagDefined = Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, true]));

describe('dist/eco-widgets.js', () => {
  it('has no top-level import or export, so a classic script can load it', async () => {
    const code = await (await fetch(bundle)).text();
    expect(code).to.not.match(/^\s*(import|export)\b/m);
  });

  it('defines every element when loaded as a classic script', async () => {
    const probe = await loadInFrame(`<script src="${bundle}"></script>`);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.defined).to.deep.equal(everyTagDefined);
  });

  it('defines every element when loaded as a module script', async () => {
    const probe = await loadInFrame(`<script type="module" src="${bundle}"></script>`);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.defined).to.deep.equal(everyTagDefined);
  });

  it('can be loaded twice on one page without an error or a warning', async () => {
    const probe = await loadInFrame(`<script src="${bundle}"></script><script src="${bundle}?again"></script>`);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.warnings).to.deep.equal([]);
    expect(probe.defined).to.deep.equal(everyTagDefined);
  });

  it('leaves an older version in place, with one warning naming both versions', async () => {
    const older = Object.keys(ELEMENTS)
      .map((tag) => `customElements.define('${tag}', class extends HTMLElement { static version = '0.0.1' });`)
      .join('\n');
    const probe = await loadInFrame(`<script src="${bundle}"></script>`, older);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.warnings).to.have.length(1);
    expect(probe.warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
  });
});
