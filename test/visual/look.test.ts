import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/eco-org-card/define.js';
import '../../src/elements/eco-region-list/define.js';
import '../../src/elements/eco-stats/define.js';
import '../../src/elements/eco-map/define.js';

/*
 * Every element, in every layout, held by screenshots against baselines in test/visual/baselines/
 * (one folder per browser). `npm run test:visual:update` rewrites them; see the README.
 *
 * The matrix is the whole product: every element × layout (the list once more with its controls on),
 * in both themes, both languages and both widths.
 */
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'nl'] as const;
const WIDTHS = [390, 1280] as const;
const THEME_LANGUAGE_WIDTH = THEMES.flatMap((theme) => LANGUAGES.flatMap((lang) => WIDTHS.map((width) => [theme, lang, width] as const)));

/** What the page around the element looks like in each theme, so transparent corners read as on a real page. */
const PAGE_BACKGROUND = { light: '#ffffff', dark: '#0d1117' } as const;

/**
 * Element, layout, and attributes that give it real content from the bundled dataset: enough to show
 * every part, few enough items to keep the pictures (committed) small.
 */
const LAYOUTS = [
  ['eco-org-card', 'full', 'org="ghent-university-hospital"'],
  // A long name, to show how the compact row wraps.
  ['eco-org-card', 'compact', 'org="uz-brussel-radiation-oncology-department"'],
  ['eco-region-list', 'list', 'region="east-flanders" page-size="3"'],
  ['eco-region-list', 'grid', 'region="east-flanders" page-size="4"'],
  ['eco-region-list', 'list', 'region="limburg" page-size="2" controls="search filters sort"'],
  ['eco-stats', 'tiles', 'region="antwerp"'],
  ['eco-stats', 'inline', 'region="antwerp"'],
  ['eco-stats', 'chart', 'region="limburg"'],
  ['eco-map', 'map', 'region="antwerp"'],
  ['eco-map', 'table', 'type="incubator, university"'],
] as const;

/** Every eco-* element in the composed tree under `root`, `root` included. */
function ecoElementsIn(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('eco-')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.localName.startsWith('eco-')) found.push(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/**
 * Until nothing on screen can change by itself: every element (the list's cards too) has rendered its
 * data, the fonts are loaded, finite animations have ended, and a frame has been painted.
 */
async function settled(element: Element): Promise<void> {
  await waitUntil(async () => {
    const elements: Updating[] = ecoElementsIn(element);
    await Promise.all(elements.map((each) => each.updateComplete));
    return elements.every((each) => each.shadowRoot?.firstElementChild && !each.shadowRoot.querySelector('[aria-busy="true"]'));
  }, `${element.localName} did not finish rendering`);
  await document.fonts.ready;
  // document.getAnimations() leaves out those in shadow roots: each root is asked for its own.
  const roots = ecoElementsIn(element).flatMap((each) => each.shadowRoot ?? []);
  const animations = [document, ...roots].flatMap((root) => root.getAnimations());
  const finite = animations.filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** Whether text set in Inter is drawn in Inter, rather than in the fallback font. */
function interIsInstalled(): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const widthIn = (font: string) => {
    context.font = font;
    return context.measureText('Flanders life sciences 0123456789').width;
  };
  return widthIn('16px Inter, monospace') !== widthIn('16px monospace');
}

describe('how the elements look', function () {
  // A guard against a hung browser, not a measure of speed: a screenshot and axe on a busy 2-core
  // machine can take several seconds.
  this.timeout(60_000);

  before(async () => {
    if (!interIsInstalled()) throw new Error('The font Inter is missing: apt-get install -y fonts-inter');
    // No transitions: what is drawn does not depend on when the picture is taken. Firefox, driven over
    // WebDriver BiDi, cannot emulate media features; there `settled` waits for animations to end, and
    // nothing here counts up (count-up is off unless asked for).
    if (!navigator.userAgent.includes('Firefox')) await emulateMedia({ reducedMotion: 'reduce' });
  });

  for (const [tag, layout, attributes] of LAYOUTS) {
    const variant = attributes.includes('controls') ? `${layout}-controls` : layout;
    for (const [theme, lang, width] of THEME_LANGUAGE_WIDTH) {
      const name = `${tag.replace('eco-', '')}-${variant}-${theme}-${lang}-${width}`;

      it(`${tag} ${variant}, ${theme}, ${lang}, ${width} px: looks as its baseline, and passes axe`, async () => {
        await setViewport({ width, height: 900 });
        const page = await fixture<HTMLElement>(html`<div></div>`);
        // Inter (Debian's fonts-inter, installed by .ci/run) is the same on every machine; the caret is
        // hidden in case a field has focus.
        page.style.cssText = `padding: 16px; background: ${PAGE_BACKGROUND[theme]}; caret-color: transparent`;
        page.innerHTML = `<${tag} layout="${layout}" theme="${theme}" lang="${lang}" style="--eco-font-family: Inter" ${attributes}></${tag}>`;
        const element = page.firstElementChild!;
        await settled(element);

        await visualDiff(element, name);
        await expect(element).to.be.accessible();
      });
    }
  }
});
