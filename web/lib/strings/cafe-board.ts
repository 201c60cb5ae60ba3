// The words of a café's live board and its round timer: all a participant's phone needs, kept apart
// from the planning and running words in cafes.ts so the board stays small on a phone.

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The group-informed figure in one plain sentence, wherever it is shown. */
const commonGroundExplained =
  'Common ground is a cautious estimate of how far every group of similar views agrees, so it stays below 100% until many people have voted.';

export const cafeBoardStrings = {
  board: {
    loadingTitle: 'Café',
    notJoinedTitle: 'Join this café first',
    notJoinedBody: 'Open the join page and type the code shown in the room.',
    notJoinedLink: 'Join a café',
    yourTable: (n: number) => `You are at table ${n}`,
    videoRoom: (n: number) => `Open the video room for table ${n}`,
    opensInNewTab: '(opens in a new tab)',
    round: (n: number, of: number) => `Round ${n} of ${of}`,
    question: 'The question',
    notStarted: 'The café has not started yet. Your board will change by itself when it does.',
    finished: 'This café has finished. Thank you for being here.',
    participants: (n: number) => plural(n, 'person here', 'people here'),
    addTitle: 'Add an idea',
    addLabel: 'Your idea',
    addHint: 'One idea at a time. Short is fine.',
    addSubmit: 'Add idea',
    addSubmitting: 'Adding…',
    addMissing: 'Write the idea first',
    added: 'Your idea has been added.',
    addClosed: 'Ideas can be added once the café has started.',
    ideasTitle: 'Ideas',
    noIdeas: 'No ideas yet. Yours could be the first.',
    ideaMeta: (table: number, round: number) => `Table ${table}, round ${round}`,
    by: (name: string) => `from ${name}`,
    counts: (dots: number, voters: number, helpers: number) =>
      `${plural(dots, 'dot', 'dots')} from ${plural(voters, 'person', 'people')}, ${plural(helpers, 'would', 'would')} help`,
    /** Votes counted in from paper, named apart from phone votes. */
    paper: (n: number, kind: 'dots' | 'hands' | null) =>
      kind === 'hands'
        ? `${plural(n, 'hand', 'hands')} counted in the room`
        : `${plural(n, 'sticker dot', 'sticker dots')} on paper`,
    countsWithPaper: (dots: number, voters: number, paper: string, total: number, helpers: number) =>
      `${plural(dots, 'dot', 'dots')} from ${plural(voters, 'person', 'people')} and ${paper} (${total} in all), ${plural(helpers, 'would', 'would')} help`,
    approvalsWithPaper: (voters: number, paper: string, total: number, helpers: number) =>
      `${plural(voters, 'tick', 'ticks')} and ${paper} (${total} in all), ${plural(helpers, 'would', 'would')} help`,
    approvals: (voters: number, helpers: number) =>
      `${plural(voters, 'tick', 'ticks')}, ${plural(helpers, 'would', 'would')} help`,
    votingTitle: 'Voting is open',
    dotsLeft: (n: number) => `You have ${plural(n, 'dot', 'dots')} left`,
    dotsLead: (n: number, stacking: boolean) =>
      `Place your ${plural(n, 'dot', 'dots')} on the ideas that matter most to you.${stacking ? ' You can put more than one dot on an idea.' : ''}`,
    approvalLead: 'Tick every idea you support.',
    pairwiseLead: 'Choose the idea that matters more to you. Keep going for as long as you like.',
    agreementLead:
      'Say whether you agree or disagree with each statement, or pass. There are no wrong answers.',
    pairTitle: 'Which matters more to you?',
    pairChoose: (text: string) => `Choose: ${text}`,
    pairCantDecide: 'I can’t decide',
    pairDone: 'You have compared every pair. Thank you. The results are below.',
    pairTooFew: 'There need to be at least two ideas to compare.',
    pairRecorded: 'Choice saved. Here is the next pair.',
    pairSavedOnPhone: 'Choice saved on this phone. Here is the next pair.',
    pairSavedOnPhoneLast: 'Choice saved on this phone.',
    pairwiseCounts: (score: number, wins: number, losses: number, cantDecide: number) =>
      `Score ${Math.round(score * 10) / 10} from ${plural(wins, 'win', 'wins')} and ${plural(losses, 'loss', 'losses')}${cantDecide > 0 ? `; ${cantDecide} could not decide` : ''}`,
    helpers: (n: number) => `${plural(n, 'would', 'would')} help`,
    agree: 'Agree',
    disagree: 'Disagree',
    pass: 'Pass',
    statementGroup: (text: string) => `Your view on: ${text}`,
    agreementCounts: (agrees: number, disagrees: number, passes: number) =>
      `${agrees} agree, ${disagrees} disagree, ${passes} pass`,
    /** Facilitators and the wall only: a phone shows the plain-words label instead. */
    commonGround: (consensus: number) => `common ground ${Math.round(consensus * 100)}%`,
    opinionGroups: (n: number) =>
      `${plural(n, 'group', 'groups')} of similar views so far. ${commonGroundExplained}`,
    commonGroundExplained,
    /** The server's plain-words reading of a statement's counts (see AgreementLabelSchema). */
    agreementLabels: {
      too_few: 'Too few votes yet',
      everyone_agreed: 'Everyone agreed',
      most_agreed: 'Most agreed',
      split: 'Views are divided',
      most_disagreed: 'Most disagreed',
      everyone_disagreed: 'Everyone disagreed',
    },
    voteToSee: 'Vote to see how the room feels',
    addDot: (text: string) => `Add a dot to: ${text}`,
    removeDot: (text: string) => `Take a dot back from: ${text}`,
    yourDots: (n: number) => `Your dots: ${n}`,
    approve: 'I support this',
    help: 'I’d help with this',
    helpLabel: (text: string) => `I’d help with: ${text}`,
    helpContactOpen: 'Leave a way to reach you about helping (optional)',
    helpContactLabel: 'Email or mobile number',
    helpContactHint:
      'Only the organisers who take this idea forward will see it, to ask if you would like to help. Nobody else sees it, and it is kept locked (encrypted).',
    helpContactConsent: 'I agree the organisers may contact me about helping with this',
    helpContactSave: 'Leave my contact',
    helpContactMissing: 'Write an email address or mobile number',
    helpContactNoConsent: 'Tick the box to agree, or leave your contact out',
    helpContactShared: 'You left a way to reach you about helping with this.',
    helpContactRemove: 'Take my contact back',
    helpContactSaved: 'Thank you. The organisers can reach you about helping.',
    helpContactRemoved: 'Your contact has been taken back.',
    approveLabel: (text: string) => `I support: ${text}`,
    reconnecting: 'Reconnecting… Your ideas and votes are safe.',
    offlineSaved: (n: number) =>
      n === 1
        ? 'Saved on this phone. It will send when you’re back online.'
        : `${n} things saved on this phone. They will send when you’re back online.`,
    offlineSent: 'You’re back online. Everything you saved has been sent.',
    offlineRefused: (detail: string) => `Something you saved could not be sent. ${detail}`,
    offlineIdeasTitle: 'Waiting to send',
    offlineBoard: (time: string) =>
      `You’re offline — this is the board from ${time}; your votes will be sent when you’re back online.`,
    connecting: 'Connecting…',
    newIdeas: (n: number) => (n === 1 ? 'A new idea has been added.' : `${n} new ideas have been added.`),
    resultsUpdated: (top: string, dots: number) =>
      `Results updated. Top idea: ${top}, ${plural(dots, 'dot', 'dots')}.`,
    votingOpened: 'Voting is open.',
    votingClosed: 'Voting has closed.',
    roundChanged: (n: number) => `Round ${n} has started.`,
  },

  timer: {
    label: 'Time left in this round',
    minutesLeft: (n: number) => `About ${plural(n, 'minute', 'minutes')} left`,
    secondsLeft: (n: number) => `${plural(n, 'second', 'seconds')} left`,
    up: 'Time is up for this round',
    oneMinute: 'One minute left in this round.',
  },
};
