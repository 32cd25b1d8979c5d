/** How `JSON.stringify(Duration.days(n))` prints in aws-cdk-lib (it shows up inside CDK's error text). */
export function durationDaysJson(days: number): {
  amount: number;
  unit: { label: string; isoLabel: string; inMillis: number };
} {
  return { amount: days, unit: { label: 'days', isoLabel: 'D', inMillis: 86_400_000 } };
}

/** Duration's constructor check, thrown while the rule's props are evaluated. */
export function durationError(days: number): string | undefined {
  return days < 0 ? `Duration amounts cannot be negative. Received: ${days}` : undefined;
}
