// The name of every section of Cairn a person finds their way by, in one list: each named by what
// people do there, not by how staff run it. Each feature's menu.ts still decides who sees its entry
// and where it leads, but takes its name from here, so the menu and the home page call one place by
// one name, and web/app/plain-words.test.ts can hold the whole list to plain words.

/** Sections a member or volunteer may open: never a staff word (web/lib/strings/plain-words.ts). */
export const sectionNames = {
  myStories: 'My stories',
  readStories: 'Read stories',
  searchStories: 'Search stories',
  cafes: 'Cafés',
  findingThemes: 'Finding themes',
  haveYourSay: 'Have your say',
  myTimeGiven: 'My time given',
  whatsOn: "What's on",
  myAccount: 'My account',
} as const;

/** Sections only staff open (coordinators, safeguarding leads, partnership admins). */
export const staffSectionNames = {
  safeguardingAlerts: 'Safeguarding alerts',
  members: 'Members',
  organisations: 'Organisations',
  erasureRequests: 'Erasure requests',
  auditLog: 'Audit log',
  messagesNotSent: 'Messages not sent',
} as const;
