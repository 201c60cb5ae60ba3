import type { Role } from '../../contracts/people.js';

/**
 * The web app's words in British English for the areas not yet in the message catalogue. The
 * translated areas (the layout, the signed-out home page, sign-in, joining a café and the shared form
 * pieces) take their words from locales/web.pot through lib/i18n instead; move an area there whole
 * (docs/translating.md). Keep the tone warm and plain: short sentences, everyday words, no jargon.
 */
export const strings = {
  /** BCP 47 language tag for dates, numbers and sorting. */
  locale: 'en-GB',

  common: {
    loading: 'Loading…',
    saving: 'Saving…',
    cancel: 'Cancel',
    back: 'Back',
    optional: '(optional)',
    email: 'Email address',
    password: 'Password',
    yourName: 'Your name',
    role: 'Role',
    notSet: 'Not given',
  },

  errors: {
    summaryTitle: 'There is a problem',
    generic: 'Something went wrong on our side. Please try again in a few minutes.',
    network: 'We could not reach Cairn. Check your connection and try again.',
    badResponse: 'Cairn sent an answer we did not understand. Please try again.',
    enterEmail: 'Enter your email address',
    enterTheirEmail: 'Enter the email address of the person you are inviting',
    enterName: 'Enter the name you would like people to see',
    enterNewPassword: 'Enter a new password',
    enterPassword: 'Enter a password',
    chooseRole: 'Choose a role',
  },

  roles: {
    member: 'Member',
    peer_supporter: 'Peer supporter',
    facilitator: 'Facilitator',
    coordinator: 'Coordinator',
    safeguarding_lead: 'Safeguarding lead',
    partnership_admin: 'Partnership admin',
  } satisfies Record<Role, string>,

  roleHints: {
    member: 'Shares stories, votes and takes part, and sees their own data.',
    peer_supporter: 'Collects stories, checks they are safe to share, and helps analyse them.',
    facilitator: 'Plans and runs cafés and co-production meetings.',
    coordinator: 'Staff who run activities, invite people and look after members.',
    safeguarding_lead: 'Receives alerts when someone may be at risk.',
    partnership_admin: 'Looks after the whole partnership and its settings.',
  } satisfies Record<Role, string>,

  home: {
    membersCardTitle: (organisation: string) => `Members of ${organisation}`,
    membersCardBody: 'See who is part of your organisation, change roles and invite new people.',
    organisationsCardBody: 'See every organisation in the partnership and look after their members.',
    erasureCardBody: 'Act on requests from people who want their data erased.',
    auditCardBody: 'See who did what, and when.',
  },

  forgotPassword: {
    title: 'Reset your password',
    lead: 'Enter your email address and we will send you a link to choose a new password.',
    submit: 'Send the link',
    submitting: 'Sending…',
    sentTitle: 'Check your email',
    sentBody: (email: string) =>
      `If ${email} has a Cairn account, we have sent it a link to reset your password. The link works for a limited time.`,
    sentBodyNoEmail:
      'If the address you gave has a Cairn account, we have sent it a link to reset your password.',
    sentHelp: 'Nothing arrived? Check your spam folder, or wait a few minutes and try again.',
    tryAgain: 'Send another link',
    devOutbox: 'Open the development mail outbox',
  },

  resetPassword: {
    title: 'Choose a new password',
    lead: 'Choose a password you have not used before.',
    newPassword: 'New password',
    passwordHint: (min: number) => `At least ${min} characters. A few unrelated words make a strong one.`,
    submit: 'Save new password',
    submitting: 'Saving…',
    done: 'Your password has been changed. Sign in with your new password.',
  },

  invitation: {
    title: 'Accept your invitation',
    loading: 'Checking your invitation…',
    invalidTitle: 'This invitation link does not work',
    invalidBody:
      'It may have expired or already been used. Ask the person who invited you to send a new invitation.',
    lead: (organisation: string, role: string) =>
      `You have been invited to join ${organisation} as a ${role}.`,
    expires: (date: string) => `This invitation works until ${date}.`,
    invitedEmail: 'Invitation for',
    newAccountTitle: 'Set up your account',
    newAccountLead: 'Choose the name people will see and a password to sign in with.',
    nameHint: 'This can be your first name, a nickname, or any name you are comfortable with.',
    submitNew: 'Create account and join',
    submitting: 'Joining…',
    hasAccountLead: 'You already have a Cairn account. Sign in to accept the invitation.',
    signInToAccept: 'Sign in to accept',
    wrongPerson: (email: string) =>
      `You are signed in with a different email address. Sign out, then open the invitation link again to accept it as ${email}.`,
    accept: 'Accept invitation',
    welcome: (organisation: string) => `Welcome to ${organisation}. You are now signed in.`,
    joined: (organisation: string) => `You have joined ${organisation}.`,
  },

  account: {
    title: 'My account',
    lead: 'Your details, your password and your data. You are in control of what we hold about you.',
    profileTitle: 'Your name',
    profileLead: 'This is the name other people see.',
    displayName: 'Name',
    displayNameHint: 'A first name or nickname is fine.',
    emailLabel: 'Email address',
    saveName: 'Save name',
    nameSaved: 'Your name has been saved.',
    passwordTitle: 'Change your password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: (min: number) => `At least ${min} characters.`,
    savePassword: 'Change password',
    passwordSaved: 'Your password has been changed.',
    dataTitle: 'Your data',
    dataLead:
      'You can download a copy of everything Cairn holds about you. It comes as a JSON file, which a computer program can read or another service can import.',
    dataLink: 'Download my data (JSON file)',
    erasureTitle: 'Ask us to erase your data',
    erasureLead:
      'You can ask for everything we hold about you to be erased. A partnership admin will look at your request. Some records may have to be kept by law; if so, we will tell you why and restrict their use.',
    erasureReason: 'Why are you asking? (optional)',
    erasureReasonHint: 'You do not have to give a reason. Anything you write helps us understand.',
    erasureSubmit: 'Ask for my data to be erased',
    erasureSent: 'We have received your request. We will let you know what happens.',
    erasureOpen: 'You have asked for your data to be erased. A partnership admin will look at it soon.',
    erasureHistory: 'Your requests',
    requestedOn: (date: string) => `Asked on ${date}`,
    actionedOn: (date: string) => `Decided on ${date}`,
    outcome: 'What happened',
    status: {
      open: 'Waiting for a decision',
      completed: 'Erased',
      refused: 'Not erased',
    },
  },

  organisations: {
    title: 'Organisations',
    lead: 'Organisations you can look after.',
    none: 'There are no organisations for you to look after.',
    membersLink: (organisation: string) => `Members of ${organisation}`,
  },

  members: {
    supportLinesLink: 'Support lines shown to people at risk',
    consentWordingLink: 'Consent wording read out to storytellers',
    title: 'Members',
    titleFor: (organisation: string) => `Members of ${organisation}`,
    lead: 'Everyone who is part of this organisation, and their role.',
    listTitle: 'Members',
    count: (n: number) => (n === 1 ? '1 person' : `${n} people`),
    since: (date: string) => `Member since ${date}`,
    sinceLabel: 'Member since',
    you: '(you)',
    changeRole: 'Change role',
    newRole: (name: string) => `New role for ${name}`,
    saveRole: 'Save role',
    roleChanged: (name: string, role: string) => `${name} is now a ${role}.`,
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    removeConfirm: (name: string, organisation: string) =>
      `Remove ${name} from ${organisation}? They will no longer see this organisation's work. Their account is kept.`,
    removeYes: 'Yes, remove',
    removed: (name: string) => `${name} has been removed.`,
    pendingTitle: 'Invitations waiting to be accepted',
    pendingNone: 'No invitations are waiting.',
    pendingItem: (role: string, date: string) => `${role}, invited on ${date}`,
    pendingExpires: (date: string) => `Link works until ${date}`,
    inviteTitle: 'Invite someone',
    inviteLead: 'We will email them a link. They choose their own name and password.',
    inviteEmailHint: 'The invitation goes to this address.',
    inviteRole: 'Role',
    inviteRoleHint: 'You can change it later.',
    inviteSubmit: 'Send invitation',
    inviteSubmitting: 'Sending…',
    invited: (email: string) => `We have sent an invitation to ${email}.`,
    devOutbox: 'Open the development mail outbox',
  },

  admin: {
    erasureTitle: 'Erasure requests',
    erasureLead: 'People who have asked for their data to be erased. Say what you did, or why you could not.',
    erasureNone: 'There are no erasure requests.',
    openTitle: 'Waiting for a decision',
    closedTitle: 'Decided',
    requestedBy: 'Asked by',
    requestedOn: 'Asked on',
    reason: 'Reason',
    noReason: 'No reason given',
    status: 'Status',
    outcome: 'Outcome',
    outcomeLabel: (name: string) => `What was done for ${name}`,
    outcomeHint:
      'Say what was erased or restricted, or why the request was refused. The person will see this.',
    complete: 'Mark as erased',
    refuse: 'Refuse',
    completed: (name: string) => `The request from ${name} is marked as erased.`,
    refused: (name: string) => `The request from ${name} has been refused.`,
    auditTitle: 'Audit log',
    auditLead: 'Every important action in Cairn, newest first. This log cannot be changed.',
    auditNone: 'Nothing has been recorded yet.',
    auditCaption: 'Audit events, newest first',
    auditWhen: 'When',
    auditWho: 'Who',
    auditAction: 'Action',
    auditSubject: 'Subject',
    auditDetails: 'Details',
    auditSystem: 'Cairn',
    auditOlder: 'Show older events',
    auditEnd: 'That is everything in the log.',
    auditRegion: 'Audit events (scrolls sideways on small screens)',
  },

  outbox: {
    title: 'Development mail outbox',
    lead: 'Emails and text messages Cairn would send. This page only exists while Cairn runs in development.',
    textMessage: (to: string) => `Text message to ${to}`,
    none: 'No emails yet.',
    to: 'To',
    created: 'Written',
    sent: 'Sent',
    notSent: 'Not sent (kept here)',
    heldForDailyNews: 'News: held for the day’s one message (from 10:00), not sent on its own',
    refresh: 'Check for new emails',
    unavailable: 'The outbox is not available. It only exists while Cairn runs in development.',
  },
} as const;

/** Role name in lower case for use inside a sentence ("as a peer supporter"). */
export function roleInSentence(role: Role): string {
  const label: string = strings.roles[role];
  return role === 'partnership_admin' ? 'partnership admin' : label.toLowerCase();
}
