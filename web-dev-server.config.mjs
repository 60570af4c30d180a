// `npm start`: serves the repository so that demo/ loads dist/ the way a partner page would.
export default {
  port: 8000,
  rootDir: '.',
  middleware: [
    function demoAtRoot(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
