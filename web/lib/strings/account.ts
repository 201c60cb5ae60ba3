/** Words of the account page added beside `strings.account`: a mobile number for urgent messages. */
export const accountStrings = {
  mobile: {
    title: 'Urgent messages',
    lead: 'Cairn sends most messages by email. A text message is only for something that cannot wait.',
    saved: 'Mobile number',
    none: 'None saved',
    label: 'Mobile number (optional)',
    hint: 'For urgent messages only, such as a safeguarding alert that needs someone now.',
    removeHint: 'To remove it, clear the box and save.',
    save: 'Save mobile number',
    savedMessage: 'Your mobile number has been saved.',
    removedMessage: 'Your mobile number has been removed.',
  },
};
