import { InvalidArgumentError } from 'commander';

/** Commander parser for options such as --concurrency and --port. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  return number;
}
