import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define-element.js';
import { EcoElement } from '../../src/shared/eco-element.js';
import { VERSION } from '../../src/shared/version.js';
import { captureWarnings } from '../helpers/console.js';

let counter = 0;
const uniqueTag = () => `eco-define-test-${++counter}`;

describe('defining elements', () => {
  it('defines a free tag', () => {
    class Fresh extends EcoElement {}
    const tag = uniqueTag();
    expect(Fresh.define(tag)).to.deep.equal({ status: 'defined' });
    expect(customElements.get(tag)).to.equal(Fresh);
  });

  it('is silent when the same version already defined the tag', () => {
    class First extends EcoElement {}
    class Second extends EcoElement {}
    const tag = uniqueTag();
    First.define(tag);
    const warnings = captureWarnings(() => expect(Second.define(tag).status).to.equal('already-defined'));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns once, naming both versions, when another version defined the tag first', () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    const tag = uniqueTag();
    customElements.define(tag, Older);
    class Ours extends EcoElement {}
    const warnings = captureWarnings(() => Ours.define(tag));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION).and.to.contain(`<${tag}>`);
    expect(customElements.get(tag)).to.equal(Older);
  });

  it('names "another script" when the tag belongs to something that is not eco-widgets', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    class Ours extends EcoElement {}
    const [warning] = captureWarnings(() => Ours.define(tag));
    expect(warning).to.contain('another script');
  });

  it('can define one class under a second tag', () => {
    class Twice extends EcoElement {}
    const [first, second] = [uniqueTag(), uniqueTag()];
    Twice.define(first);
    expect(() => Twice.define(second)).not.to.throw();
    expect(document.createElement(second)).to.be.instanceOf(Twice);
  });

  it('uses the registry it is given', () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (tag: string) => defined.get(tag),
      define: (tag: string, constructor: CustomElementConstructor) => void defined.set(tag, constructor),
    } as unknown as CustomElementRegistry;
    class Scoped extends HTMLElement {}
    expect(defineElement('eco-scoped', Scoped, registry)).to.deep.equal({ status: 'defined' });
    expect(defined.get('eco-scoped')).to.equal(Scoped);
    expect(customElements.get('eco-scoped')).to.equal(undefined);
  });
});
