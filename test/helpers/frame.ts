/** A page in an iframe of the test page, loaded as a partner's page would be. */
export interface FramedPage {
  window: Window & typeof globalThis & { probe: { errors: string[]; warnings: string[] } };
  document: Document;
  remove(): void;
}

/**
 * Opens `html` in a fresh iframe (its own registry, its own document) and waits for its load event.
 * A probe at the top of the page records uncaught errors and console warnings.
 */
export async function openFrame(html: string): Promise<FramedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const probe = `<script>
    window.probe = { errors: [], warnings: [] };
    addEventListener('error', (event) => probe.errors.push(String(event.message)));
    const warn = console.warn;
    console.warn = (...args) => { probe.warnings.push(args.join(' ')); warn(...args); };
  </script>`;
  frame.srcdoc = html.replace('<head>', `<head>${probe}`);
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    window: frame.contentWindow as FramedPage['window'],
    document: frame.contentDocument!,
    remove: () => frame.remove(),
  };
}

/** Opens a file of the test server in an iframe and waits for its load event. */
export async function openFrameAt(url: string): Promise<Omit<FramedPage, 'window'> & { window: Window & typeof globalThis & Record<string, unknown> }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.src = url;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    window: frame.contentWindow as Window & typeof globalThis & Record<string, unknown>,
    document: frame.contentDocument!,
    remove: () => frame.remove(),
  };
}
