import { expect } from '@open-wc/testing';

/*
 * The npm build, loaded from dist/lib as an app's bundler would see it. Paths are built at run time
 * so that the test imports the built files, not the sources.
 */
const built = (path: string) => new URL(`/dist/lib/${path}`, location.href).href;

describe('the library build (dist/lib)', () => {
  it('defines nothing from its main entry, and everything from its define entry', async function () {
    // The first import loads the whole library, Lit and the dataset module by module through the test
    // server, compiled on request: on a busy 2-core machine that alone has taken more than 10 s.
    this.timeout(60_000);
    const library = await import(built('index.js'));
    expect(library.EcoProvider).to.be.a('function');
    expect(customElements.get('eco-provider')).to.equal(undefined);
    await import(built('define.js'));
    expect(customElements.get('eco-provider')).to.equal(library.EcoProvider);
  });

  it('leaves Lit to the app instead of bundling it', async () => {
    const code = await (await fetch(built('shared/eco-element.js'))).text();
    // The test server resolves the bare `lit` import to node_modules; a bundled Lit would be inline.
    const importsLit = /import \{ LitElement \} from "[^"]*\/lit\/index\.js"/.test(code);
    expect(importsLit, 'eco-element.js imports LitElement from the lit package').to.equal(true);
  });

  it('ships type declarations for every entry', async () => {
    for (const path of ['index.d.ts', 'define.d.ts', 'elements/eco-provider/eco-provider.d.ts']) {
      expect((await fetch(built(path))).status, path).to.equal(200);
    }
  });
});
