import { useState } from 'react';

/**
 * A form's values as typed, text that cannot be part of a design yet included ("1.5" as a
 * count). They are read from the design once: a form's key has its entry's `rev`, so anything
 * but the form itself that changes what it shows re-mounts it.
 */
export function useFieldValues<Values extends object>(initial: () => Values) {
  const [values, setValues] = useState(initial);
  const setValue = <Name extends keyof Values>(name: Name, value: Values[Name]) =>
    setValues((current) => ({ ...current, [name]: value }));
  return [values, setValue] as const;
}
