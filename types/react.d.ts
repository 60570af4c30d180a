/*
 * eco-* elements in React 19's JSX: `import type {} from 'eco-widgets/react';` once in your app.
 * React 19 passes properties to custom elements and listens to their events as `oneco-select`.
 */
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
