// The plan-a-café form's fields, turned into the request the contract (CreateCafeRequestSchema) checks.

function numberOr(value: string | undefined, fallback: number): number {
  const text = (value ?? '').trim();
  return text === '' ? fallback : Number(text);
}

/** The start from the date and time fields: undefined when no date is given, null when it is not real. */
export function startsAtFrom(values: Record<string, string>): string | undefined | null {
  if (!values.date) return undefined;
  const local = new Date(`${values.date}T${values.time || '00:00'}`);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

/** The plan as the contract takes it, from the form's fields (one question and minutes per round). */
export function planFrom(values: Record<string, string>, rounds: number[], organisationId: string) {
  const startsAt = startsAtFrom(values);
  const video = (values.videoLinkPattern ?? '').trim();
  return {
    organisationId: values.organisationId ?? organisationId,
    title: values.title ?? '',
    purpose: values.purpose ?? '',
    format: values.format ?? 'in_person',
    ...(startsAt ? { startsAt } : {}),
    venue: values.venue ?? '',
    accessInfo: values.accessInfo ?? '',
    ...((values.capacity ?? '').trim() ? { capacity: Number(values.capacity) } : {}),
    signUpOpen: values.signUpOpen === 'on',
    rounds: rounds.map((key) => ({
      question: values[`question-${key}`] ?? '',
      minutes: numberOr(values[`minutes-${key}`], 20),
      ...(values[`votingMethod-${key}`] ? { votingMethod: values[`votingMethod-${key}`] } : {}),
    })),
    tables: numberOr(values.tables, 4),
    ...(video ? { videoLinkPattern: video } : {}),
    votingMethod: values.votingMethod ?? 'dots',
    dotsPerPerson: numberOr(values.dotsPerPerson, 3),
    allowStacking: values.allowStacking === 'on',
  };
}
