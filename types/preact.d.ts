/* eco-* elements in Preact's JSX: `import type {} from 'eco-widgets/preact';` once in your app. */
import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
