// The marks a de-identified story carries ("[PERSON]", a reviewer's "[name]") and the words a reader
// sees instead. Apart from the stories word list because every public story page needs them.
export const markStrings = {
  /** What a reviewer may choose to show in place of each kind of detail. */
  general: {
    PERSON: '[name]',
    PHONE: '[phone number]',
    EMAIL: '[email]',
    NHS_NUMBER: '[NHS number]',
    NI_NUMBER: '[NI number]',
    POSTCODE: '[postcode]',
    ADDRESS: '[address]',
    DATE_OF_BIRTH: '[date of birth]',
    URL_OR_HANDLE: '[web address]',
    ORGANISATION: '[organisation]',
    DATE: '[date]',
    AGE: '[age]',
  } as Record<string, string>,
  removed: '[removed]',

  takenOut: {
    PERSON: '(name taken out)',
    PHONE: '(phone number taken out)',
    EMAIL: '(email taken out)',
    NHS_NUMBER: '(NHS number taken out)',
    NI_NUMBER: '(National Insurance number taken out)',
    POSTCODE: '(postcode taken out)',
    ADDRESS: '(address taken out)',
    DATE_OF_BIRTH: '(date of birth taken out)',
    URL_OR_HANDLE: '(web address taken out)',
    ORGANISATION: '(name of a place taken out)',
    DATE: '(date taken out)',
    AGE: '(age taken out)',
    removed: '(taken out)',
  },
};
