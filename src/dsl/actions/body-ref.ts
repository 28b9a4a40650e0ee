import { type Ref, ref } from '../ref';

/** `body('Name')`, typed. */
export const bodyOf = <T>(name: string): Ref<T> => ref<T>({ k: 'call', fn: 'body', args: [{ k: 'lit', v: name }] });

/** `item()` inside a Filter array or Select. */
export const currentItem = <T>(): Ref<T> => ref<T>({ k: 'call', fn: 'item', args: [] });
