// The fixed lists of values activities are described with, apart from their schemas in activities.ts
// so that the public programme, which only checks them (activities.answers.ts), needs no validation
// library.

export const ACTIVITY_KINDS = [
  'peer_group',
  'therapy_session',
  'skills_workshop',
  'allotment_session',
  'cafe_shift',
  'social_event',
  'walk',
  'other',
] as const;

export const FREQUENCIES = ['once', 'weekly', 'fortnightly', 'monthly'] as const;
