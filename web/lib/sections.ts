// Every section of Cairn a person finds their way by is named once, in the message catalogue
// (locales/web.pot), by what people do there, not by how staff run it: `sections.*` for the places a
// member or volunteer may open (never a staff word, web/lib/strings/plain-words.ts), `staffSections.*`
// for those only staff open. Each feature's menu.ts decides who sees its entry and where it leads, and
// takes its name from there, so the menu and the home page call one place by one name, in the
// reader's language; web/app/plain-words.test.ts holds the English to plain words.

/** A link in the signed-in menu, named in the reader's language. */
export interface MenuLink {
  to: string;
  label: string;
}

/** A place the home page lists, with a line saying what it is for. */
export interface HomeCard {
  to: string;
  title: string;
  body: string;
  /**
   * Which of its words are in the reader's language: its title only (a section's name, above a line
   * from a part of Cairn not yet translated), or all of it. Without it the card speaks English, and
   * says so (lang).
   */
  translated?: 'title' | 'all';
}
