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

export const textRules = { 'no-hard-coded-text': noHardCodedText };
