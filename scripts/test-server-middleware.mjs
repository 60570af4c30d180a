import { readdirSync, readFileSync } from 'node:fs';

/**
 * What the tests need from the server besides our files: the list of the source texts the dataset
 * is curated from (the texts themselves are served like every other file), a partner page under the
 * Content Security Policy a test names, and responses a real
 * network gives, on demand: an HTTP error, non-JSON, a dropped connection, one reset halfway through
 * its body, a slow answer, and one that never ends.
 */
export function testServerMiddleware({ sourceTextsDir }) {
  return async function middleware(context, next) {
    const url = new URL(context.url, 'http://localhost');
    if (url.pathname === '/source-texts/') {
      context.type = 'application/json';
      context.body = JSON.stringify(readdirSync(sourceTextsDir).filter((name) => name.endsWith('.txt')).sort());
      return;
    }
    if (url.pathname === '/test/embedding/csp-page.html') {
      // One partner page under any Content-Security-Policy header (`?policy=…`), with the script
      // loaded a second time on request (`&twice`), as a page with two embeds would.
      const page = readFileSync(new URL('../test/embedding/csp-page.html', import.meta.url), 'utf8');
      const secondCopy = url.searchParams.has('twice') ? '<script src="/dist/eco-widgets.js?again"></script>' : '';
      context.type = 'text/html';
      if (url.searchParams.has('policy')) context.set('Content-Security-Policy', url.searchParams.get('policy'));
      context.body = page.replace('<!-- second copy -->', secondCopy);
      return;
    }
    if (url.pathname === '/test-network/status') {
      context.status = Number(url.searchParams.get('code') || 500);
      context.body = 'failure on purpose';
      return;
    }
    if (url.pathname === '/test-network/drop') {
      // The connection closes without an answer, as when a server is down: a network error at once.
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
    if (url.pathname === '/test-network/reset-mid-body') {
      // Headers and the start of a body, then the connection is cut: the body can never be read whole.
      // The length is announced, as a server does for a file, so that every engine can tell the body
      // is short. The pause lets the headers reach the browser first, so that it is the body that fails.
      const start = '{"organizations": [';
      context.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(start.length * 100) });
      context.res.write(start);
      context.respond = false;
      setTimeout(() => context.req.socket.destroy(), 200).unref();
      return;
    }
    if (url.pathname === '/test-network/not-json') {
      context.type = 'application/json';
      context.body = '{ "organizations": [ this is not JSON';
      return;
    }
    if (url.pathname === '/test-network/slow') {
      await new Promise((done) => setTimeout(done, Number(url.searchParams.get('ms') || 300)));
      context.type = 'application/json';
      context.body = url.searchParams.get('body') || '{}';
      return;
    }
    if (url.pathname === '/test-network/never-ends') {
      // Headers and the start of a body, then silence: the request stays open until the client gives up.
      context.res.writeHead(200, { 'content-type': 'application/json' });
      context.res.write('{"organizations": [');
      context.respond = false;
      setTimeout(() => context.res.end(), 60_000).unref();
      return;
    }
    return next();
  };
}

/**
 * Serves `.json` as a JavaScript module only where a module imports it (the tests import the dataset),
 * and as JSON everywhere else, as a partner's server would: to `fetch()` and to `<eco-provider src>`.
 */
export const jsonModulesForImports = {
  name: 'json-modules-for-imports',
  resolveMimeType(context) {
    if (isJsonImport(context)) return 'js';
    return undefined;
  },
  transform(context) {
    if (isJsonImport(context)) return { body: `export default ${context.body};` };
    return undefined;
  },
};

function isJsonImport(context) {
  return context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
}

/** React's entry points, as the React test app imports them, and the name each has in the bundle. */
const REACT_ENTRIES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };

/**
 * React ships only CommonJS, which browsers cannot import. For the React test app, esbuild bundles
 * React's own packages once into one ES module, and each entry point becomes a default export of it.
 */
export function reactAsModules({ build }) {
  let bundle;
  return {
    name: 'react-as-modules',
    resolveImport({ source }) {
      return source in REACT_ENTRIES ? `/__react/${source}.js` : undefined;
    },
    async serve(context) {
      if (context.path === '/__react/bundle.js') {
        bundle ??= build({
          stdin: {
            contents: Object.entries(REACT_ENTRIES).map(([entry, name]) => `export { default as ${name} } from '${entry}';`).join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"production"' },
        });
        return { body: (await bundle).outputFiles[0].text, type: 'js' };
      }
      const entry = Object.keys(REACT_ENTRIES).find((name) => context.path === `/__react/${name}.js`);
      if (!entry) return undefined;
      return { body: `import { ${REACT_ENTRIES[entry]} } from '/__react/bundle.js';\nexport default ${REACT_ENTRIES[entry]};`, type: 'js' };
    },
  };
}
