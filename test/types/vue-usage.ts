/*
 * Type-checked by `npm run typecheck`, never run: the Vue types register every element as a global
 * component with its props.
 */
import type { GlobalComponents } from 'vue';
import type {} from '../../types/vue.js';

type CardProps = GlobalComponents['eco-org-card'] extends new () => { $props: infer Props } ? Props : never;

export const cardProps: CardProps = { org: 'imec', layout: 'compact', 'heading-level': 2 };
// @ts-expect-error: not a card layout
export const wrongLayout: CardProps = { layout: 'poster' };
