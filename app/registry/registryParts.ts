/** How the Registry section's parts edit the design: a part replaced whole, keystrokes coalesced. */
import { useDispatch } from '../state/DesignerContext';
import type { RegistryParts } from './registryState';

/** Sets parts of the registry; `typing` names the text field typed into (one undo step). */
export type SetRegistryParts = (patch: Partial<RegistryParts>, typing?: string) => void;

export function useSetRegistryParts(): SetRegistryParts {
  const dispatch = useDispatch();
  return (patch, typing) => dispatch({ type: 'registry/set', patch, typing });
}

/** A list of strings, or undefined for none (an omitted field, as the files write it). */
export const listOrNone = (values: readonly string[]) =>
  values.length > 0 ? [...values] : undefined;

/** The options of a free-text field with known values: the value kept when it is none of them. */
export function knownValues(members: readonly string[], value: string | undefined) {
  const options = members.map((m) => ({ value: m, label: m }));
  return value === undefined || members.includes(value)
    ? options
    : [...options, { value, label: `${value} (not known)` }];
}
