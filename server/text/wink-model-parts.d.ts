// The parts of wink-eng-lite-web-model that server/text/english-model.ts puts together; the package
// types only its whole model.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export = part;
}
