import type { CAFE_FORMATS, CAFE_ROLES, CAFE_STATUSES, VOTING_METHODS } from '../../../contracts/cafes.js';

type CafeFormat = (typeof CAFE_FORMATS)[number];
type CafeStatus = (typeof CAFE_STATUSES)[number];
type VotingMethod = (typeof VOTING_METHODS)[number];
type CafeRole = (typeof CAFE_ROLES)[number];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The group-informed figure in one plain sentence, wherever it is shown. */
const commonGroundExplained =
  'Common ground is a cautious estimate of how far every group of similar views agrees, so it stays below 100% until many people have voted.';

/**
 * The words of the Recovery Conversation Café pages, in British English. Same tone as `strings.ts`:
 * warm, plain, short sentences. People take part as themselves, not as their role.
 */
export const cafesStrings = {
  home: {
    cafesCardBody: 'Plan a café, run it live in the room or online, and agree what matters most.',
  },

  formats: {
    in_person: 'In person',
    online: 'Online',
    hybrid: 'In person and online',
  } satisfies Record<CafeFormat, string>,
  statuses: {
    planned: 'Planned',
    live: 'Happening now',
    closed: 'Finished',
  } satisfies Record<CafeStatus, string>,
  methods: {
    dots: 'Dot voting',
    approval: 'Approval (tick every idea you support)',
    pairwise: 'Pairwise (choose between two ideas at a time)',
    agreement: 'Agree, disagree or pass on each statement',
  } satisfies Record<VotingMethod, string>,
  methodHints: {
    dots: 'Everyone gets a few dots to place on the ideas that matter most to them.',
    approval: 'Everyone ticks as many ideas as they support.',
    pairwise:
      'People see two ideas and pick the one that matters more, as many times as they like. Good when there are lots of ideas.',
    agreement:
      'For statements people may disagree on. Shows where different groups in the room find common ground.',
  } satisfies Record<VotingMethod, string>,
  roles: {
    lead_host: 'Lead host',
    table_host: 'Table host',
    seed_storyteller: 'Seed storyteller',
    timekeeper: 'Timekeeper',
  } satisfies Record<CafeRole, string>,

  /** A facilitator's words about the board; what a participant reads is in the catalogue (cafeBoard.*). */
  board: {
    opinionGroups: (n: number) =>
      `${plural(n, 'group', 'groups')} of similar views so far. ${commonGroundExplained}`,
    commonGroundExplained,
  },

  list: {
    title: 'Cafés',
    lead: 'Recovery Conversation Cafés you can plan and run.',
    plan: 'Plan a café',
    none: 'There are no cafés yet. Plan the first one.',
    run: (title: string) => `Run ${title}`,
    when: 'When',
    status: 'Status',
    code: 'Code',
    notScheduled: 'No date yet',
  },

  plan: {
    title: 'Plan a café',
    lead: 'A café takes a few minutes to plan. You can change the questions on the day if you need to.',
    organisation: 'Organisation',
    titleLabel: 'Title',
    titleHint: 'What people will see, like “What would help recovery in our town?”',
    purpose: 'Purpose (optional)',
    purposeHint: 'Why you are holding this café, in a sentence or two.',
    format: 'Format',
    date: 'Date (optional)',
    time: 'Start time (optional)',
    venue: 'Venue (optional)',
    venueHint: 'The address, or “Online”.',
    accessInfo: 'Access information (optional)',
    accessHint: 'Step-free access, hearing loop, quiet room, toilets, how to get there.',
    roundsTitle: 'Rounds',
    roundsLead: 'One question that matters for each round.',
    roundQuestion: (n: number) => `Question for round ${n}`,
    roundMinutes: (n: number) => `Minutes for round ${n}`,
    addRound: 'Add a round',
    removeRound: (n: number) => `Remove round ${n}`,
    tables: 'Number of tables',
    tablesHint: 'Tables of four to six people work well.',
    videoLink: 'Video room link pattern (optional)',
    videoLinkHint:
      'For online tables. Use {cafe} and {table}, like https://meet.jit.si/our-cafe-{cafe}-{table}',
    votingMethod: 'How people will vote',
    votingMethodHint: 'For every round, unless you choose another way for a round.',
    roundMethod: (n: number) => `Way of voting in round ${n}`,
    roundMethodSame: 'The same as the café',
    dotsPerPerson: 'Dots for each person',
    stacking: 'People may put more than one dot on an idea',
    submit: 'Plan the café',
    submitting: 'Saving…',
    planned: (title: string) => `${title} is planned. Share the code when you are ready to start.`,
    capacity: 'Places (optional)',
    capacityHint: 'Leave blank for no limit. Sign-ups stop when the café is full.',
    signUpOpen: 'Give the café a public sign-up page',
    signUpHint:
      'Anyone with the link can see the date, venue and access information and sign up. Leave it off for a closed group.',
    noOrganisation: 'You need to be a facilitator or coordinator in an organisation to plan a café.',
    missingQuestion: 'Write a question for every round',
    dateTimeInvalid: 'Enter a real date and time',
  },

  harvest: {
    title: 'Harvest and follow-up',
    lead: 'Everything people agreed, to share and to act on. The counts are the raw numbers.',
    word: 'Download the report (Word)',
    pdf: 'Download the report (PDF)',
    cards: 'Print table cards and the run of show (PDF)',
    priorities: 'Priorities',
    none: 'No ideas yet.',
    send: (text: string) => `Send “${text}” on to co-production`,
    sent: 'Sent on to co-production',
    sentMessage: 'Sent on. It will appear with the partnership’s priorities for “You said, we did”.',
  },
  run: {
    titlePrefix: 'Run: ',
    joinCode: 'Join code',
    joinLink: 'Join link',
    projector: 'Open the projector view',
    board: 'Open the participant board',
    controlsTitle: 'Run the café',
    status: (status: string) => `Status: ${status}`,
    start: 'Start the café',
    nextRound: 'Next round',
    openVoting: 'Open voting',
    closeVoting: 'Close voting',
    close: 'Close the café',
    closeConfirm: 'Close the café? People will no longer be able to add ideas or vote.',
    closeYes: 'Yes, close the café',
    done: {
      start: 'The café has started.',
      next_round: 'The next round has started.',
      open_voting: 'Voting is open.',
      close_voting: 'Voting is closed.',
      close: 'The café is closed.',
    },
    methodsTitle: 'Ways of voting',
    methodsLead:
      'Each round can vote its own way: dots in one, agree or disagree on contested statements in the next. A round’s way of voting can change until voting opens in it.',
    methodLabel: (n: number) => `Way of voting in round ${n}`,
    methodFixed: (n: number, method: string) =>
      `Round ${n}: ${method}. Fixed, because voting has opened or the round is over.`,
    methodNow: '(now)',
    methodSaveShort: 'Save',
    methodSave: (n: number) => `Save the way of voting for round ${n}`,
    methodSaved: (n: number, method: string) => `Round ${n} will vote by ${method.toLowerCase()}.`,
    paperTitle: 'Count in paper votes',
    paperCount: 'How many',
    paperCountHint: 'The total on the flip chart, or hands counted. A recount replaces it; 0 takes it away.',
    paperKind: 'What was counted',
    paperKinds: { dots: 'Sticker dots', hands: 'Hands' },
    paperSave: 'Save the count',
    paperSaveLabel: (text: string) => `Save the paper count for: ${text}`,
    paperInvalid: 'Enter a whole number from 0 to 1,000',
    paperSaved: (text: string) => `The paper count for “${text}” is saved.`,
    quickTitle: 'Type up paper notes',
    quickLead: 'Choose the table, type one note, press Enter, then the next.',
    quickTable: 'Table',
    quickTableOption: (n: number) => `Table ${n}`,
    quickText: 'Note',
    quickSubmit: 'Add note',
    quickAdded: (n: number) => `Added to table ${n}.`,
    moderationTitle: 'Ideas',
    moderationNone: 'No ideas yet.',
    hidden: 'Hidden',
    merged: 'Merged into another idea',
    hide: 'Hide',
    unhide: 'Show again',
    hideLabel: (text: string) => `Hide: ${text}`,
    unhideLabel: (text: string) => `Show again: ${text}`,
    edit: 'Correct the text',
    editLabel: (text: string) => `Correct the text of: ${text}`,
    editField: 'Corrected text',
    editHint: 'For typos only. The author’s own words are kept.',
    save: 'Save',
    similarTitle: 'Possible duplicates',
    similarNone: 'No likely duplicates found.',
    similarCheck: 'Look for duplicates',
    merge: (source: string, target: string) => `Merge “${source}” into “${target}”`,
    mergedDone: 'The ideas have been merged. Their dots have moved across.',
    hostsTitle: 'Table-host links',
    hostsLead:
      'Give each table host their table’s link (it is also on the host slips at the end of the table cards). With it they can add their table’s paper notes, count sticker dots and hide what breaks the etiquette, for their table only, with no account. Links stop working when the café closes.',
    hostsTable: (n: number) => `Table ${n}`,
    hostsCode: (code: string) => `or the code ${code} at /table-host`,
    hostsReplace: 'Make a new link',
    hostsReplaceLabel: (n: number) => `Make a new link for table ${n}`,
    hostsReplaced: (n: number) =>
      `Table ${n} has a new host link. The old one no longer works: give the new one to the table host.`,
    hiddenByHost: (reason: string) => `Hidden by the table host: “${reason}”`,
  },

  /** The table host's page, opened from their table's link on a phone: their table only. */
  team: {
    title: 'The café team',
    lead: 'Who will hold the café. Table hosts look after one table each; seed storytellers open the conversation with their own story.',
    none: 'No one named yet.',
    role: (n: number) => `Role ${n}`,
    name: (n: number) => `Name ${n}`,
    table: (n: number) => `Table for role ${n}`,
    noTable: 'Not at one table',
    tableOption: (n: number) => `Table ${n}`,
    add: 'Add someone',
    remove: (n: number) => `Remove role ${n}`,
    save: 'Save the team',
    saved: 'The café team is saved.',
    nameMissing: 'Write a name for every role',
    onCards: 'Names appear on the table cards and the run of show.',
  },
  signUps: {
    title: 'Sign-ups and access needs',
    publicLink: 'Public sign-up page',
    closed: 'This café has no public sign-up page.',
    count: (n: number, capacity: number | null) =>
      capacity === null
        ? plural(n, 'person has signed up', 'people have signed up')
        : `${n} of ${capacity} places taken`,
    show: 'Show who has signed up',
    showHint: 'Access needs are personal. Each time the list is opened, it is recorded.',
    none: 'No one has signed up yet.',
    caption: 'People who have signed up',
    name: 'Name',
    contact: 'Contact',
    accessNeeds: 'Access needs',
    signedUp: 'Signed up',
  },
  photos: {
    title: 'Photos of tablecloths and flip charts',
    lead: 'They go into the harvest report. Take them straight from a phone.',
    file: 'Photo',
    fileHint: 'A JPEG or PNG, up to 10 MB. Check nobody’s name or face is in it.',
    table: 'Table (optional)',
    anyTable: 'Not one table',
    caption: 'Caption (optional)',
    submit: 'Add the photo',
    submitting: 'Uploading…',
    chooseFile: 'Choose a photo to add',
    added: 'The photo has been added to the harvest.',
    count: (n: number) => plural(n, 'photo so far', 'photos so far'),
    alt: (caption: string, table: number | null) =>
      caption || (table ? `Photo from table ${table}` : 'Photo from the café'),
  },
  signUp: {
    titlePrefix: 'Sign up: ',
    organiser: (name: string) => `Hosted by ${name}`,
    when: 'When',
    where: 'Where',
    format: 'Format',
    access: 'Access',
    purpose: 'Why we are meeting',
    questions: 'What we will talk about',
    dateTbc: 'Date to be confirmed',
    asYourself: 'Everyone takes part as themselves, not as their role. You do not need an account.',
    placesLeft: (n: number) => (n === 0 ? 'This café is full.' : plural(n, 'place left', 'places left')),
    formTitle: 'Sign up',
    name: 'Your name',
    nameHint: 'A first name or what you like to be called.',
    nameMissing: 'Write your name, or a name we can call you',
    contact: 'Email or phone number (optional)',
    contactHint: 'For a reminder, and to hear what changed because of the café. We never share it.',
    accessNeeds: 'Anything that would help you take part? (optional)',
    accessNeedsHint:
      'For example step-free access, a hearing loop, a quiet space, or someone to meet you at the door. Only the hosts see this.',
    submit: 'Sign up',
    submitting: 'Signing up…',
    doneTitle: 'You are signed up',
    done: 'Thank you. We look forward to seeing you.',
    doneEmail: 'We have sent a confirmation to your email.',
    full: 'Sorry, this café is full. Contact the organisers: they may be able to find you a place.',
    notFoundTitle: 'This café is not taking sign-ups',
    notFoundBody: 'It may have finished, or be for a closed group. Ask the people who shared the link.',
  },

  projector: {
    titlePrefix: 'Projector: ',
    join: (origin: string) => `Join at ${origin}/join with code`,
    resultsTitle: 'Results',
    tableCaption: 'Results as a table',
    idea: 'Idea',
    dots: 'Dots',
    people: 'People',
    onPaper: 'On paper',
    helpers: 'Would help',
    rank: 'Rank',
    ideasTitle: 'Ideas so far',
    score: 'Score (0 to 100)',
    wins: 'Wins',
    losses: 'Losses',
    commonGround: 'Common ground',
    roomSays: 'What the room says',
    agrees: 'Agree',
    disagrees: 'Disagree',
    passes: 'Pass',
    /** The wall shows the top ideas only; every idea is in the table for screen readers. */
    showingTop: (shown: number, total: number) =>
      `Showing the top ${shown} of ${plural(total, 'idea', 'ideas')}.`,
    showingNewest: (shown: number, total: number) =>
      `Showing the newest ${shown} of ${plural(total, 'idea', 'ideas')}.`,
    /** After the first page, the wall turns to the rest a page at a time. */
    restFollow: 'The rest follow, a page at a time.',
    showingRanks: (from: number, to: number, total: number) => `Ideas ${from} to ${to} of ${total}, by rank.`,
    showingOlder: (from: number, to: number, total: number) =>
      `Ideas ${from} to ${to} of ${total}, newest first.`,
    stopTurning: 'Stop turning pages',
    startTurning: 'Turn pages again',
  },
} as const;
