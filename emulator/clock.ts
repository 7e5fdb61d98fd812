/** Milliseconds since the epoch; injectable so tests can expire codes and tokens. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
