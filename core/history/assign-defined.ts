/** `target` with each value of `values` that is defined: a run keeps no key for an unknown fact. */
export function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) Object.assign(target, { [key]: value });
  return target;
}
