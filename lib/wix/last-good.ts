import { warnOnce } from '../server-log';
import { describeError } from './errors';

/**
 * Remembers the last answer Wix gave for each read, per process. When Wix fails after a cache
 * entry expired or was invalidated, pages keep showing that answer instead of an error; with no
 * answer yet the error is thrown as usual, so an outage never produces an empty catalog.
 */
export function createLastGood(limit = 500, rethrow: (error: unknown) => boolean = () => false) {
  const answers = new Map<string, unknown>();
  return async function withLastGood<T>(key: string, load: () => Promise<T>): Promise<T> {
    try {
      const value = await load();
      answers.delete(key);
      answers.set(key, value);
      if (answers.size > limit) answers.delete(answers.keys().next().value!);
      return value;
    } catch (error) {
      if (rethrow(error) || !answers.has(key)) throw error;
      warnOnce(
        'catalog-stale',
        `Wix catalog read failed, serving its last answer: ${describeError(error)}`,
      );
      return answers.get(key) as T;
    }
  };
}
