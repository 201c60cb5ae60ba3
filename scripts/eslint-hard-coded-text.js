// A lint rule for the areas in the message catalogue (see TRANSLATED_AREAS in eslint.config.js):
// words a person reads must come from the catalogue (`t('key')`), never be written in the JSX, or
// they would stay English whatever language the reader chose. It refuses letters in JSX text, in
// string literals and template literals placed in JSX, and in the attributes people read or hear
// (aria-label, alt, title, placeholder, and the label, hint and pendingLabel of Cairn's fields).
// Punctuation and symbols without letters (" – ", "·") may stay.

const LETTER = /\p{L}/u;
const READ_ATTRIBUTES = new Set([
  'alt',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'label',
  'hint',
  'error',
  'caption',
  'pendingLabel',
]);

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
  if (node.type === 'ConditionalExpression')
    return literalText(node.consequent) ?? literalText(node.alternate);
  if (node.type === 'LogicalExpression') return literalText(node.left) ?? literalText(node.right);
  return null;
}

const noHardCodedText = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'Words in translated areas come from the message catalogue' },
    messages: {
      text: 'Put "{{text}}" in the message catalogue (locales/web.pot) and say it with t(); this area is translated.',
    },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXAttribute') return;
        const text = literalText(node.expression);
        if (text !== null && LETTER.test(text)) report(node, text);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !READ_ATTRIBUTES.has(name) || !node.value) return;
        const text =
          node.value.type === 'Literal'
            ? literalText(node.value)
            : node.value.type === 'JSXExpressionContainer'
              ? literalText(node.value.expression)
              : null;
        if (text !== null && LETTER.test(text)) report(node.value, text);
      },
    };
  },
};

// The server's side of the same rule (every server file but the command line's, OPERATOR_FILES in
// eslint.config.js): what a problem answer says must be a catalogue message (`message('key')`,
// locales/server.pot) so it is said in the reader's language. It refuses words written straight into `new AppError(code, text, fields)` (its
// text and each field's message), `invalidField(path, text)`, `rateLimited(text, seconds)`, and a
// `notFound(...)` given anything but the name of what is missing (`notFound('story')`).
const PROBLEM_TEXT = { AppError: 1, invalidField: 1, rateLimited: 0 };
const MISSING_NAME = /^[a-z][A-Za-z]*$/;

const noHardCodedProblem = {
  meta: {
    type: 'problem',
    schema: [],
    docs: { description: 'What a problem answer says comes from the server catalogue' },
    messages: {
      text: "Put \"{{text}}\" in the server catalogue (locales/server.pot) and give message('key'); a problem is said in the reader's language.",
      missing:
        'notFound names what is missing by its key in NOT_FOUND (server/kernel/errors.ts), not in English.',
    },
  },
  create(context) {
    const check = (node) => {
      const text = node ? literalText(node) : null;
      if (text !== null && LETTER.test(text))
        context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    };
    const calleeName = (callee) =>
      callee.type === 'Identifier'
        ? callee.name
        : callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
          ? callee.property.name
          : null;
    const visit = (node) => {
      const name = calleeName(node.callee);
      if (name === 'notFound') {
        const what = node.arguments[0];
        const text = what ? literalText(what) : null;
        if (text !== null && !MISSING_NAME.test(text)) context.report({ node: what, messageId: 'missing' });
        return;
      }
      if (
        !name ||
        !Object.hasOwn(PROBLEM_TEXT, name) ||
        (name === 'AppError') !== (node.type === 'NewExpression')
      )
        return;
      check(node.arguments[PROBLEM_TEXT[name]]);
      const fields = name === 'AppError' ? node.arguments[2] : undefined;
      if (fields?.type !== 'ArrayExpression') return;
      for (const field of fields.elements) {
        if (field?.type !== 'ObjectExpression') continue;
        for (const property of field.properties)
          if (
            property.type === 'Property' &&
            property.key.type === 'Identifier' &&
            property.key.name === 'message'
          )
            check(property.value);
      }
    };
    return { CallExpression: visit, NewExpression: visit };
  },
};

export const textRules = {
  'no-hard-coded-text': noHardCodedText,
  'no-hard-coded-problem': noHardCodedProblem,
};
