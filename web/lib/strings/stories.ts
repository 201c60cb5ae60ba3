import { markStrings } from './marks.js';
import { showcaseStrings } from './showcase.js';
import type { ConsentConfirmation, ConsentTier, StoryStatus } from '../../../contracts/stories.js';

/**
 * The words of the stories, showcase and safeguarding pages, in British English. Same tone as
 * `strings.ts`: warm, plain, short sentences, "your story", "people who support you".
 */
export const storiesStrings = {
  errorPrefix: 'Error: ',
  common: { cancel: 'Cancel', back: 'Back' },
  home: {
    recordCardTitle: 'Record someone’s story',
    recordCardBody: 'Write up an interview, a group session or a writing group, or import a transcript.',
    safeguardingCardBody: 'Stories that suggest someone may be at risk now.',
    coverageWarning: 'Warning',
    coverageOne: (organisation: string) =>
      `Nobody at ${organisation} would hear if a story showed someone at risk. Until a safeguarding lead is appointed, alerts go to the partnership’s admins.`,
    coverageMany: (count: number) =>
      `Nobody at ${count} organisations would hear if a story showed someone at risk. Until each has a safeguarding lead, their alerts go to the partnership’s admins.`,
    coverageLink: (organisation: string) => `Choose a safeguarding lead for ${organisation}`,
  },

  channels: showcaseStrings.channels,

  statuses: {
    draft: 'Still being written',
    submitted: 'Sent – check what identifies you',
    in_review: 'Ready for you to approve',
    approved: 'Approved',
    withdrawn: 'Withdrawn',
  } satisfies Record<StoryStatus, string>,

  recording: {
    title: 'Transcript and recording',
    transcript: 'Import a transcript',
    transcriptFile: 'Transcript file',
    recordingFile: 'Recording file',
    linkUrl: 'Web address of the recording',
    transcriptHint:
      'A TXT, VTT, SRT or DOCX file. Speaker names and times are kept. It replaces the text in the box above.',
    importTranscript: 'Import the transcript',
    importing: 'Importing…',
    imported: (segments: number, speakers: number) =>
      `Transcript imported: ${segments} ${segments === 1 ? 'part' : 'parts'}, ${speakers} ${speakers === 1 ? 'speaker' : 'speakers'}.`,
    recording: 'Upload a recording',
    recordingHint: 'An audio or video file.',
    upload: 'Upload the recording',
    uploading: 'Uploading…',
    uploaded: (name: string) => `${name} has been uploaded.`,
    link: 'Or add a link to a recording',
    linkHint: 'A web address starting with https://',
    linkLabel: 'What is it? (optional)',
    addLink: 'Add the link',
    linkAdded: 'The link has been added.',
    chooseFile: 'Choose a file first',
    media: 'Recordings',
    noMedia: 'No recordings yet.',
  },

  review: {
    title: 'Check what identifies you',
    lead: 'Before anyone else reads this story, we take out details that could identify someone. We have highlighted what we found.',
    howTo:
      'Each highlight is a button. Choose it to keep the words, remove them, or replace them with a general word. Everything is removed unless you say otherwise.',
    none: 'We did not find anything that could identify someone. Read it through once more to be sure.',
    notChecked:
      'Cairn can only look for names and other details in English, so it has not looked in all of this story. Read it through for anything that could identify someone. We have asked someone from our team to read it too.',
    found: (count: number) => `We found ${count} ${count === 1 ? 'detail' : 'details'}.`,
    original: 'Your story as written',
    keep: 'Keep it',
    remove: 'Remove it',
    replace: (word: string) => `Replace it with ${word}`,
    choiceLegend: (text: string, type: string) => `“${text}” looks like ${type}. What should we do?`,
    done: 'Done',
    highlightLabel: (text: string, type: string, decision: string) => `${text}: ${type}. ${decision}`,
    decisionKeep: 'Kept',
    decisionRemove: 'Removed',
    decisionReplace: (word: string) => `Replaced with ${word}`,
    save: 'Save the version others read',
    saving: 'Saving…',
    safeTitle: 'The version others read',
    safeLead: 'This is what people will read, if you choose to share it.',
    approve: 'Approve this text',
    approving: 'Approving…',
    approved: 'You have approved this text. Next, choose who can see it.',
    approvedAlready: 'This text is approved.',
    chooseConsent: 'Choose who can see it',
    notSubmitted: 'This story has not been sent yet.',
    carryOn: 'Carry on writing',
    onlyStoryteller: 'Only the storyteller can approve the final text.',
    types: {
      PERSON: 'a name',
      PHONE: 'a phone number',
      EMAIL: 'an email address',
      NHS_NUMBER: 'an NHS number',
      NI_NUMBER: 'a National Insurance number',
      POSTCODE: 'a postcode',
      ADDRESS: 'an address',
      DATE_OF_BIRTH: 'a date of birth',
      URL_OR_HANDLE: 'a web address or social media name',
      FACILITY: 'a named place, such as a hospital',
      ORGANISATION: 'an organisation',
      DATE: 'a date',
      AGE: 'an age',
    } as Record<string, string>,
    unknownType: 'something that could identify someone',
    general: markStrings.general,
    removed: markStrings.removed,
  },

  consent: {
    title: 'Who can see your story',
    lead: 'You are in charge of your story. Choose who may read it. You can change your mind at any time.',
    current: 'Right now',
    tierLabel: 'Who may see it?',
    tiers: {
      private: 'Only me and the people who support me',
      analysis: 'People looking for what helps recovery (no names)',
      partners: 'Named partner organisations',
      public: 'Anyone, on the public stories page',
    } satisfies Record<ConsentTier, string>,
    tierHints: {
      private: 'Only you and the person who collected your story can read it.',
      analysis:
        'Peer researchers may read the version others read and count what helps. It is never shown with your name.',
      partners:
        'Organisations you choose may read the version others read, for a reason you agree, until a date you set.',
      public:
        'The version others read appears on Cairn’s public stories page for anyone to read. This includes the choices above.',
    } satisfies Record<ConsentTier, string>,
    partners: 'Which organisations?',
    purpose: 'What may they use it for?',
    purposeHint: 'For example, “training new staff”.',
    expiry: 'Until when? (optional)',
    expiryHint:
      'Leave it blank to share until you change your mind. After this date, it is as if you had withdrawn.',
    chooseTitle: 'Your choice',
    identification: 'How should you be named?',
    identifications: {
      anonymous: 'Anonymously',
      pseudonym: 'With a name I choose',
      first_name: 'With my first name',
    },
    pseudonym: 'The name you choose',
    save: 'Save my choice',
    saving: 'Saving…',
    saved: 'Your choice has been saved.',
    notApproved: 'Approve the version others read first. Then you can choose who sees it.',
    history: 'What has been recorded',
    historyNone: 'Nothing has been recorded yet.',
    grantEvent: (tier: string) => `Agreed: ${tier}`,
    withdrawEvent: 'Withdrawn',
    recordedBy: (name: string, method: string, when: string) => `Recorded by ${name}, ${method}, ${when}`,
    methods: { verbal: 'spoken', written: 'in writing', digital: 'online' },
    withdrawTitle: 'Withdraw my story',
    withdrawLead:
      'This takes your story out of everywhere at once: the public stories page, partners, and anything being analysed.',
    withdraw: 'Withdraw my story',
    withdrawConfirm: 'Are you sure? Your story will be taken out of everywhere straight away.',
    withdrawYes: 'Yes, withdraw it',
    withdrawing: 'Withdrawing…',
    withdrawn:
      'Your story has been withdrawn everywhere. It is no longer on the public stories page, with partners, or with people looking for what helps recovery.',
    withdrawnAlready: 'This story has been withdrawn. Nobody else can see it.',
    choosePartner: 'Choose at least one organisation',
    enterPseudonym: 'Enter the name you would like to use',
    badDate: 'Enter a real date, for example 31 12 2027',
    expired: 'Your consent has expired, so nobody else can see this story.',
    held: 'This story is being kept private for now while someone checks in with you.',
  },

  /**
   * Consent as it happens in a room: a peer supporter records what the storyteller agreed, how they
   * agreed and the words they heard, and asks someone without an account to confirm sharing beyond
   * the organisation themselves. `collector` has the same keys as the storyteller's words in
   * `consent`, in the words of the person recording someone else's choice.
   */
  consentRoom: {
    collector: {
      title: 'Who can see this story',
      lead: 'Record what the person who shared this story agreed to. Only they can agree to share it beyond your organisation, so we ask them to confirm that themselves.',
      tierLabel: 'Who did they say may see it?',
      tiers: {
        private: 'Only them and the people who support them',
        analysis: 'People looking for what helps recovery (no names)',
        partners: 'Named partner organisations',
        public: 'Anyone, on the public stories page',
      } satisfies Record<ConsentTier, string>,
      tierHints: {
        private: 'Only they and you, who recorded it, can read it.',
        analysis:
          'Peer researchers may read the version others read and count what helps. It is never shown with their name. You can record this from what they told you.',
        partners:
          'Organisations they choose may read the version others read, for a reason they agree. They confirm this themselves.',
        public:
          'The version others read appears on Cairn’s public stories page for anyone to read. This includes the choices above. They confirm this themselves.',
      } satisfies Record<ConsentTier, string>,
      expiryHint:
        'Leave it blank to share until they change their mind. After this date, it is as if they had withdrawn it.',
      chooseTitle: 'What they agreed to',
      identification: 'How should they be named?',
      identifications: {
        anonymous: 'Anonymously',
        pseudonym: 'With a name they choose',
        first_name: 'With their first name',
      },
      pseudonym: 'The name they chose',
      save: 'Save their choice',
      saved: 'Their choice has been saved.',
      notApproved: 'Check the version others read first. Then record who can see it.',
      withdrawTitle: 'Withdraw this story',
      withdrawLead:
        'If they ask you to, this takes their story out of everywhere at once: the public stories page, partners, and anything being analysed.',
      withdraw: 'Withdraw the story',
      withdrawConfirm: 'Are you sure? Their story will be taken out of everywhere straight away.',
      withdrawn:
        'The story has been withdrawn everywhere. It is no longer on the public stories page, with partners, or with people looking for what helps recovery.',
      enterPseudonym: 'Enter the name they would like to use',
      expired: 'Their consent has expired, so nobody else can see this story.',
      held: 'This story is being kept private for now while someone from the team checks in with the storyteller.',
    },
    wordingTitle: (version: string) => `The words to read out or show them first (version ${version})`,
    wordingLead: 'Read these words to them, or let them read them, before they choose.',
    wordingMissing: 'We could not load the words to read out. Try again, then save.',
    method: 'How did they agree?',
    methods: { verbal: 'Said yes out loud', written: 'Signed a form', digital: 'Chose on a screen' },
    chooseMethod: 'Choose how they agreed',
    savedWithForm:
      'Their choice has been saved. You can add a scan of the form they signed to it, under “What has been recorded”.',

    ask: {
      title: 'Ask them to confirm',
      lead: 'Only they can agree to share their story beyond your organisation. We show them the version others read and what they agreed to. Nothing is shared until they say yes.',
      send: 'How should we ask them?',
      sends: {
        email: 'By email, to the address they gave',
        text: 'By text message, to the mobile number they gave',
        print: 'Print a record to give them',
      },
      sendHints: {
        email: 'They get a link to read their story and say yes or no. It works for 14 days.',
        text: 'They get a link to read their story and say yes or no. It works for 14 days.',
        print: 'They keep the record, and call you to read out the reference on it to say yes.',
      },
      toEmail: 'A different email address (optional)',
      toText: 'A different mobile number (optional)',
      toHint: 'Leave this blank to use the one they gave when the story was recorded.',
      chooseSend: 'Choose how to ask them',
      badEmail: 'Enter an email address, like name@example.com',
      badMobile: 'Enter a mobile number, like 07700 900123',
      submit: 'Ask them to confirm',
      sending: 'Sending…',
      sent: {
        email: 'We have emailed them a link. Nothing is shared until they say yes.',
        text: 'We have sent them a text message with a link. Nothing is shared until they say yes.',
        print:
          'Their record is ready to print. Nothing is shared until they call you and read out its reference.',
      },
      devOutbox: 'See the message in the development outbox',
      hasAccount: 'They have a Cairn account, so they choose this themselves when they sign in.',
      checking: 'Checking how to ask them…',
    },

    requests: {
      title: 'What you asked them to confirm',
      asked: (tier: string) => `Asked: ${tier}`,
      partners: (names: string) => `Partner organisations: ${names}`,
      states: {
        waiting: 'Waiting for them',
        confirmed: 'They said yes',
        declined: 'They said no',
        expired: 'Ran out',
        replaced: 'Replaced by a newer request',
      },
      sentBy: {
        email: (date: string) => `Sent by email on ${date}`,
        text: (date: string) => `Sent by text message on ${date}`,
        print: (date: string) => `Record to print, made on ${date}`,
      },
      reference: 'Reference',
      until: (date: string) => `They can answer until ${date}.`,
      confirmedOn: (date: string) => `They said yes on ${date}.`,
      openRecord: 'Open the record to print',
      byReference: 'They read their reference back to me on the phone',
      byReferenceLead:
        'When they call you, ask them to read out the reference on their printed record, and whether they say yes. If they do, enter it here.',
      referenceLabel: 'Their reference',
      referenceHint: 'As it is printed on their record, like K7QP-3XMD.',
      enterReference: 'Enter the reference they read out',
      confirm: 'Record their yes',
      confirming: 'Recording…',
      confirmed: 'Thank you. Their yes has been recorded, and their story is shared as they agreed.',
    },

    history: {
      confirmations: {
        in_cairn: 'Chose it themselves in Cairn',
        link: 'Confirmed through a link',
        reference: 'Confirmed by phone with their reference',
        on_behalf: 'Recorded by a peer supporter from what they said',
      } satisfies Record<ConsentConfirmation, string>,
      wording: (version: string) => `Consent wording: ${version}`,
      scan: 'Scan of the signed form',
      addScan: 'Add a scan of the signed form',
      scanHint: 'A PDF, or a photo of it in JPEG or PNG, up to 15 MB.',
      upload: 'Add the scan',
      uploading: 'Adding…',
      added: 'The scan of the signed form has been added.',
      chooseFile: 'Choose the file of the signed form',
      wrongType: 'Choose a PDF, JPEG or PNG file',
      tooBig: 'The file is bigger than 15 MB. Scan it at a lower quality, or take a photo of it instead.',
    },

    withdrawMethod: 'How did they ask?',
    withdrawMethods: {
      verbal: 'They told me',
      written: 'They wrote or signed something',
      digital: 'They chose it on a screen',
    },
    chooseWithdrawMethod: 'Choose how they asked',
  },

  /** The peer supporter's link back to a held story they recorded (the storyteller's is in the catalogue). */
  hold: {
    readAgain: 'Read your story again',
  },

  story: {
    draftText: 'Your draft',
    safeText: 'The version others read',
    noText: 'There is no text to show yet.',
    status: 'Status',
    channel: 'How it was shared',
    consent: 'Who can see it',
    edit: 'Carry on writing',
    review: 'Check what identifies you',
    consentLink: 'Choose who can see it',
    versions: 'Versions',
    versionOriginal: 'As written',
    versionSafe: 'Version others read',
    approvedOn: (date: string) => `approved ${date}`,
    createdOn: (date: string) => `${date}`,
  },

  search: {
    title: 'Search stories',
    lead: 'Search every story you may read: your own, and de-identified stories shared for analysis with your organisation.',
    q: 'Words to look for',
    status: 'Where the story is',
    anyStatus: 'Anywhere',
    from: 'Collected from (optional)',
    to: 'Collected up to (optional)',
    dateHint: 'For example, 2026-03-31',
    submit: 'Search',
    results: (count: number) => `${count} ${count === 1 ? 'story' : 'stories'} found`,
    none: 'No stories match. Try fewer words or fewer filters.',
    untitled: 'Untitled story',
  },
  collections: {
    title: 'Collections of public stories',
    lead: 'Gather stories shared with the public into collections, such as a celebration of recovery. Only stories the storyteller has shared publicly can be added, and a story leaves every collection the moment it is withdrawn.',
    newTitle: 'Start a new collection',
    name: 'Collection title',
    description: 'What the collection is about (optional)',
    create: 'Create the collection',
    creating: 'Creating…',
    created: 'The collection has been created.',
    add: 'Add a story',
    addButton: 'Add to this collection',
    remove: (title: string) => `Remove “${title}”`,
    empty: 'No stories in this collection yet.',
    none: 'There are no collections yet.',
    view: 'See it as the public does',
    manage: showcaseStrings.manageCollections,
    enterTitle: 'Give the collection a title',
  },
  /**
   * What a reader sees where a detail was taken out of a shared story. The stored text keeps the
   * marks the de-identification wrote ("[PERSON]", or "[name]" and "[removed]" chosen in review).
   */
  takenOut: markStrings.takenOut,

  showcase: showcaseStrings.page,

  safeguarding: {
    title: 'Safeguarding alerts',
    lead: 'Stories that suggest someone may be at risk now. Each story is held from any sharing until you close its alert.',
    none: 'There are no alerts. Thank you for keeping people safe.',
    statuses: { open: 'Open', acknowledged: 'Acknowledged', closed: 'Closed' },
    raised: (date: string) => `Raised ${date}`,
    acknowledgedOn: (date: string) => `Acknowledged ${date}`,
    closedOn: (date: string) => `Closed ${date}`,
    evidence: 'What the story says',
    original: 'Read the original story',
    note: 'What was done',
    noteHint: 'For example, who you contacted and when. This is kept with the alert.',
    acknowledge: 'Acknowledge',
    close: 'Close the alert',
    saving: 'Saving…',
    enterNote: 'Record what was done',
    updated: 'The alert has been updated.',
    actionNote: 'Action recorded',
    originalTitle: 'The original story',
    originalLead: 'Reading this is recorded in the audit log.',
  },
  supportLinesSettings: {
    title: 'Support lines',
    lead: 'When a story suggests someone may be at risk now, they see these numbers straight away. Put your local services first.',
    usingDefaults: 'These are the national lines Cairn shows until you set your own.',
    line: (n: number) => `Support line ${n}`,
    name: 'Name of the service',
    contact: 'How to reach it',
    contactHint: 'For example, "Call 116 123" or "Text SHOUT to 85258".',
    hours: 'When it is open (optional)',
    add: 'Add another line',
    remove: (n: number) => `Remove support line ${n}`,
    save: 'Save support lines',
    saving: 'Saving…',
    saved: 'Saved. Storytellers will see these lines.',
    manage: 'Support lines shown to people at risk',
  },
};
