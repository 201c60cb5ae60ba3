/** Words of the one-click unsubscribe page, opened from the link in every news message. */
export const newsStrings = {
  unsubscribe: {
    title: 'Stop news from Cairn',
    lead: (byText: boolean) =>
      byText
        ? 'You get text messages with news from Cairn. You can stop them here, in one click. You do not need to sign in.'
        : 'You get emails with news from Cairn. You can stop them here, in one click. You do not need to sign in.',
    whatStopsTitle: 'What will stop',
    whatStops: [
      'News about priorities you follow in You said, we did',
      'Answers to ideas you proposed or supported',
      'Reminders that can wait, such as training due for a refresh',
    ],
    stillComesTitle: 'What still comes',
    stillComes:
      'Messages that need you at once still come: a safeguarding alert, a password reset, an invitation, a consent confirmation, or a place that has come up for you.',
    button: 'Stop news from Cairn',
    stopping: 'Stopping…',
    doneTitle: 'You will not get news from Cairn any more',
    doneBody: 'Messages that need you at once, such as a password reset or a safeguarding alert, still come.',
    undoTitle: 'Changed your mind?',
    undoBody:
      'Start news again, at most one message a day. This link keeps working, so you can come back to it.',
    undoButton: 'Start news again',
    starting: 'Starting…',
    restarted: 'News will come again, at most one message a day.',
    stopped: 'Done. You will not get news from Cairn any more.',
  },
  /** From the link in "A place has come up": stop being offered places from that waiting list. */
  placeOffers: {
    title: 'Stop being offered places',
    lead: (activity: string) =>
      `You are on the waiting list for ${activity}. When a place comes up, Cairn books it for you and tells you. You can stop that here, in one click. You do not need to sign in.`,
    whatHappensTitle: 'What happens',
    whatHappens: (activity: string) => [
      `You come off the waiting list for every coming session of ${activity}.`,
      "Places you have already been given stay yours. Cancel one on the “What's on” page if you cannot come.",
      'Nothing else changes: news and other messages come as before.',
    ],
    button: 'Take me off the waiting list',
    stopping: 'Taking you off…',
    doneTitle: 'You will not be offered places from this waiting list',
    doneBody: (activity: string) =>
      `You are not on the waiting list for any coming session of ${activity}. Places you have already been given stay yours.`,
    againTitle: 'Changed your mind?',
    againBody:
      "Sign up for a session on the “What's on” page. If it is full, you join its waiting list again.",
    stopped: 'Done. You are off the waiting list.',
  },
};
