import type { AGREEMENT_UNITS, AUDIENCES } from '../../../contracts/analysis.js';

type Audience = (typeof AUDIENCES)[number];
type AgreementUnit = (typeof AGREEMENT_UNITS)[number];

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const unitNames: Record<AgreementUnit, { one: string; many: string }> = {
  sentence: { one: 'sentence', many: 'sentences' },
  character: { one: 'character', many: 'characters' },
  story: { one: 'story', many: 'stories' },
};

/** "3 sentences", "1 story": a count of whichever unit agreement is measured in. */
const unitCount = (n: number, unit: AgreementUnit) => plural(n, unitNames[unit].one, unitNames[unit].many);

/** A list of names in words: "Asha", "Asha and Ben", "Asha, Ben and Chris". */
const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1] ?? ''}`;

/**
 * The words of the analysis results pages (comparing coding, themes and key messages), in British
 * English. Warm and plain: peer researchers are not statisticians, so every figure comes with words.
 */
export const analysisResultsStrings = {
  audiences: {
    decision_makers: 'Strategic decision makers',
    practitioners: 'Mental health practitioners',
    public: 'The general public',
  } satisfies Record<Audience, string>,
  /** The audience in the middle of a sentence. */
  audiencesInline: {
    decision_makers: 'strategic decision makers',
    practitioners: 'mental health practitioners',
    public: 'the general public',
  } satisfies Record<Audience, string>,
  untitledStory: 'Untitled story',
  backToProject: 'Back to the project',
  unknownCode: 'A code no longer in the codebook',
  unknownCoder: 'Someone no longer on the team',

  compare: {
    titleFor: (project: string) => `Compare and agree: ${project}`,
    lead: 'See how closely your coding matches, then talk through the places you read a story differently and agree how to code them together.',
    blindTitle: 'Comparison is not open yet',
    blindBody:
      'Each person is coding on their own for now, so nobody is nudged by anyone else. Comparison opens from the project page once everyone has finished coding.',

    settingsTitle: 'What to compare',
    unit: 'Compare coding by',
    unitHint: 'Choose how finely to line up everyone’s coding.',
    units: {
      sentence: 'Sentence',
      character: 'Character',
      story: 'Whole story',
    } satisfies Record<AgreementUnit, string>,
    unitHints: {
      sentence:
        'A code counts for a sentence if anyone put it on any part of that sentence. A good place to start.',
      character:
        'Letter by letter. The strictest check: even a word more or less at the edge of a passage counts as a difference.',
      story: 'Did each person use the code anywhere in the story? The gentlest check.',
    } satisfies Record<AgreementUnit, string>,
    suggestions: 'Include the suggestions as a coder',
    suggestionsHint:
      'Treats the text toolkit’s suggestions (apart from any the team turned down) as one more coder, to see how closely they match your own coding.',
    update: 'Show the figures',
    updating: 'Working out the figures…',
    showing: (unit: AgreementUnit, suggestions: boolean) =>
      `Showing agreement by ${unitNames[unit].one}${suggestions ? ', with the suggestions as a coder' : ''}.`,

    overallTitle: 'How closely you agree',
    notEnough: 'not enough coding yet',
    percentLabel: 'Percent agreement',
    percentHelp: 'How often each pair of coders made the same choice, averaged across the pairs.',
    alphaLabel: 'Krippendorff’s alpha',
    alphaHelp: 'Agreement once lucky matches are taken out. 1 means you agree completely, 0 means chance.',
    reading: {
      strong:
        'What this means: 0.8 or more is strong agreement. You are reading the stories in much the same way.',
      tentative:
        'What this means: between 0.67 and 0.8 is tentative agreement. A good start, and worth a chat about where you differ.',
      low: 'What this means: below 0.67, you are reading some things differently. That is normal, especially early on. Talk it through together and sharpen the code definitions.',
      none: 'What this means: there is not enough yet to work this out. It needs at least two people coding the same stories.',
    },
    basedOn: (units: number, pairable: number, unit: AgreementUnit) =>
      `Based on ${unitCount(units, unit)} across the project, ${pairable.toLocaleString('en-GB')} of them coded by at least two people.`,
    codesCounted: (used: number, inCodebook: number) =>
      used === 0
        ? 'Nobody has used a code yet.'
        : `The figures count the ${used === 1 ? 'code' : `${used.toLocaleString('en-GB')} codes`} somebody used (of ${inCodebook.toLocaleString('en-GB')} in the codebook): a code nobody used would only make agreement look higher.`,
    coders: (list: readonly string[]) =>
      list.length === 0 ? 'Nobody has coded anything yet.' : `Coders: ${names(list)}.`,
    oneCoder: 'Only one person has coded so far, so there is nothing to compare yet.',

    pairsTitle: 'Each pair of coders',
    pairsCaption: 'Agreement between each pair of coders',
    pair: (a: string, b: string) => `${a} and ${b}`,
    pairColumn: 'Coders',
    unitsColumn: 'Choices compared',
    unitsHelp: (unit: AgreementUnit) =>
      `A choice is one ${unitNames[unit].one} and one code used: did each of the pair put that code there or not?`,
    agreedColumn: 'Agreed',
    percentColumn: 'Percent agreement',
    kappaColumn: 'Cohen’s kappa',
    kappaHelp:
      'Cohen’s kappa is like alpha but for one pair at a time: 1 is complete agreement, 0 is chance.',
    noPairs: 'There are no pairs to compare yet.',

    codesTitle: 'Agreement on each code',
    codesCaption: (unit: AgreementUnit) => `Agreement on each code, by ${unitNames[unit].one}`,
    codeColumn: 'Code',
    alphaColumn: 'Alpha',
    codeKappaColumn: (coders: number) => (coders > 2 ? 'Kappa (mean of the pairs)' : 'Kappa'),
    codedBy: (name: string) => `Coded by ${name}`,
    noCodes: 'Nobody has used any codes yet.',

    differTitle: 'Where you differ',
    differLead:
      'These are the passages where some of you used a code and others did not. Read them together. When you agree a code belongs, apply it as the team’s agreed coding.',
    differNone: 'There are no differences to talk through. Well done.',
    differCount: (n: number) => plural(n, 'place', 'places'),
    appliedBy: (list: readonly string[]) => `Applied by ${names(list)}.`,
    notAppliedBy: (list: readonly string[]) => `Not applied by ${names(list)}.`,
    agree: (code: string) => `Agree: apply ${code} here`,
    agreeing: 'Applying…',
    agreed: (code: string) => `Agreed: ${code} applied here as the team’s coding.`,
    agreedStatus: (code: string, story: string) =>
      `Agreed. ${code} is now part of the team’s coding in “${story}”.`,
  },

  messages: {
    titleFor: (project: string) => `Themes and key messages: ${project}`,
    lead: 'Group your codes into themes, see how many stories each theme comes from, and write key messages for the people who need to hear them.',

    themesTitle: 'Themes',
    themesNone: 'No themes yet. Group related codes into a theme with the form below.',
    themeStories: (n: number, of: number) =>
      `In ${plural(n, 'story', 'stories')} out of the ${of.toLocaleString('en-GB')} coded`,
    themeCodes: (list: readonly string[]) => `Codes: ${list.join(', ')}`,
    chartCaption: 'Stories each theme appears in, as a bar chart. The same figures are in the table.',
    tableCaption: 'How many stories each theme appears in',
    themeColumn: 'Theme',
    storiesColumn: 'Stories',
    outOfColumn: 'Out of',
    barLabel: (n: number, of: number) => `${n} of ${of}`,

    themeFormTitle: 'Create a theme',
    themeName: 'Theme name',
    themeNameHint: 'A few words that sum up what the stories say, like “Feeling believed”.',
    themeNameMissing: 'Enter a name for the theme',
    themeDescription: 'Description (optional)',
    themeDescriptionHint: 'What the theme is about, in a sentence or two.',
    themeCodesLegend: 'Codes in this theme',
    themeCodesHint: 'Choose the codes that belong together. A code’s sub-codes count too.',
    themeCodesMissing: 'Choose at least one code for the theme',
    noCodes: 'The codebook has no codes to choose from yet.',
    createTheme: 'Create the theme',
    creatingTheme: 'Creating…',
    themeCreated: (name: string) => `Theme “${name}” created.`,

    messagesTitle: 'Key messages',
    messagesNone: (audience: string) => `No key messages for ${audience} yet.`,
    heardIn: (n: number, of: number) =>
      `Heard in ${n.toLocaleString('en-GB')} of the ${plural(of, 'story', 'stories')} coded`,
    fromTheme: (theme: string) => `From the theme “${theme}”`,
    quotesLabel: 'Quotes',
    quoteFrom: (story: string) => `From “${story}”`,

    messageFormTitle: 'Write a key message',
    audience: 'Who is this message for?',
    audienceMissing: 'Choose who this message is for',
    text: 'The message',
    textHint: 'A sentence or two in plain words: what you heard, and what should change.',
    textMissing: 'Write the key message',
    theme: 'Theme (optional)',
    themeHint: 'The theme this message comes from, if there is one.',
    noTheme: 'No theme',
    quotesLegend: 'Quotes (optional)',
    quotesHint: 'Choose up to 20 quotes from the coded stories to back the message up.',
    consentNote:
      'A quote can only be used where the storyteller’s consent reaches the audience you chose. If it does not, Cairn will say so and you can choose another. A story shared with one partner organisation is quoted only in briefings made for that partner.',
    search: 'Search the coded text',
    searchHint: 'A word or phrase. Leave it blank to see everything coded with the code you choose.',
    code: 'Code',
    anyCode: 'Any code',
    find: 'Find quotes',
    finding: 'Finding…',
    found: (n: number) =>
      n === 0
        ? 'No quotes match. Try other words or another code.'
        : `${plural(n, 'quote', 'quotes')} found.`,
    showingFirst: (shown: number, total: number) =>
      `Showing the first ${shown} of ${total}. Narrow your search to see the others.`,
    chosen: (n: number) => `${plural(n, 'quote', 'quotes')} chosen, out of 20 at most.`,
    excerptMeta: (story: string, code: string, coder: string) => `“${story}” · ${code} · coded by ${coder}`,
    tooManyQuotes: 'Choose 20 quotes or fewer',
    saveMessage: 'Save the key message',
    savingMessage: 'Saving…',
    messageSaved: (audience: string) => `Key message saved for ${audience}.`,

    exportsTitle: 'Your project’s data',
    exportsLead: 'To carry on in another tool, or to keep a copy of the coding.',
    qdpx: 'Download the project for NVivo, ATLAS.ti, MAXQDA or QualCoder (.qdpx)',
    qdc: 'Download the codebook (.qdc)',
    csv: 'Download coded excerpts (CSV)',
  },
};
