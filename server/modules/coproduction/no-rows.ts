/** Empty IN lists are not valid SQL, so list look-ups short-circuit with this. */
export const none = <T>(): Promise<T[]> => Promise.resolve([]);
