// Written by `npm run messages` from locales/server.pot and locales/contracts.pot; do not edit.
/** Every message key the server may ask for, and the values its message takes. */
export interface ServerMessages {
  'cafes.join.noOpenCafe': undefined;
  'cafes.join.noSuchTable': { table: string | number };
  'cafes.join.noTables': undefined;
  'cafes.join.tooManyWrongCodes': undefined;
  'contracts.cafeName': undefined;
  'contracts.contact': undefined;
  'contracts.email': undefined;
  'contracts.joinCode': undefined;
  'contracts.landline': undefined;
  'contracts.max120': undefined;
  'contracts.password': undefined;
  'contracts.postcodeDistrict': undefined;
  'limits.waitMinutes': { minutes: number };
  'limits.waitSeconds': { seconds: number };
  'people.signIn.tooManyForEmail': undefined;
  'people.signIn.tooManyFromNetwork': undefined;
  'problems.internal': undefined;
  'problems.invisibleCharacter': undefined;
  'problems.invisibleCharacterField': undefined;
  'problems.title.bad_request': undefined;
  'problems.title.conflict': undefined;
  'problems.title.cross_site_request': undefined;
  'problems.title.forbidden': undefined;
  'problems.title.internal': undefined;
  'problems.title.not_found': undefined;
  'problems.title.payload_too_large': undefined;
  'problems.title.rate_limited': undefined;
  'problems.title.unauthenticated': undefined;
  'problems.title.unsupported_media_type': undefined;
  'problems.title.validation_failed': undefined;
}
