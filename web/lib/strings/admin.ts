const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Words of the admin pages added beside `strings.admin`: messages Cairn could not send. */
export const adminStrings = {
  home: {
    languagesBody: 'Choose the languages your partnership’s members can read Cairn and hear from it in.',
  },
  parked: {
    title: 'Messages that could not be sent',
    lead: 'Cairn tried to send these emails and text messages many times, then stopped. First fix what went wrong, for example a mail server that was down or an address that was wrong. Then send them again.',
    privacy: 'To protect people’s privacy, only part of each address is shown, and never the message itself.',
    none: 'Every message has been sent.',
    caption: 'Messages that could not be sent, most recent first',
    region: 'Messages that could not be sent (scrolls sideways on small screens)',
    kind: 'Kind',
    email: 'Email',
    text: 'Text message',
    recipient: 'To',
    queued: 'First tried',
    attempts: 'Times tried',
    reason: 'What went wrong',
    noReason: 'No reason given',
    action: 'Action',
    sendAgain: 'Send again',
    sendAgainLabel: (kind: string, recipient: string) => `Send again: ${kind} to ${recipient}`,
    sendAll: 'Send all again',
    sending: 'Sending…',
    sentAgain: (recipient: string) =>
      `The message to ${recipient} is back in the queue. Cairn will send it soon.`,
    sentAllAgain: (count: number) =>
      count === 0
        ? 'There was nothing left to send.'
        : `${plural(count, 'message is', 'messages are')} back in the queue. Cairn will send them soon.`,
    failed: (reason: string) => `We could not send again: ${reason}`,
  },
};
