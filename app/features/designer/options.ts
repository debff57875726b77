import type { SelectOption } from './fields/SelectField.tsx';

/** The container choice of an exec hook: unset (Velero's default, `spec.containers[0]`) or one by name. */
export function listContainerOptions(
  containers: readonly string[],
  unsetLabel: string,
): SelectOption[] {
  return [{ value: '', label: unsetLabel }, ...containers.map((c) => ({ value: c, label: c }))];
}

/** `onError` as Velero reads it: exactly Continue or Fail; unset acts like Continue. */
export const onErrorOptions: readonly SelectOption[] = [
  { value: '', label: 'unset (acts like Continue)' },
  { value: 'Continue', label: 'Continue' },
  { value: 'Fail', label: 'Fail' },
];

/** Label selector operators `metav1.LabelSelectorAsSelector` accepts. */
export const operatorOptions: readonly SelectOption[] = [
  { value: 'In', label: 'In' },
  { value: 'NotIn', label: 'NotIn' },
  { value: 'Exists', label: 'Exists' },
  { value: 'DoesNotExist', label: 'DoesNotExist' },
];
