// Runs first on the Content Security Policy pages: records every policy violation the page reports,
// every uncaught error and rejection, and every console warning.
window.violations = [];
window.errors = [];
window.warnings = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
addEventListener('error', (event) => window.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
const warn = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.join(' '));
  warn.apply(console, args);
};
