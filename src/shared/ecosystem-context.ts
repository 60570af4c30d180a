import { createContext } from '@lit/context';
import type { DataState } from '../data/data-state.js';

/** What `<eco-provider>` hands to every eco-* element inside it. */
export const ecosystemContext = createContext<DataState>(Symbol.for('eco-widgets/ecosystem'));
