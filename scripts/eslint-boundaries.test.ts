import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function boundaryMessages(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const x = y;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'cairn/boundaries').map((m) => m.message);
}

describe('import boundaries (DESIGN §4)', () => {
  it.each([
    ['server/kernel/x.ts', "import { y } from '../modules/people/index.js';"],
    ['server/text/x.ts', "import { y } from '../kernel/db.js';"],
    ['server/modules/stories/stories.service.ts', "import { y } from '../people/people.repository.js';"],
    ['web/components/x.tsx', "import { y } from '../features/auth/sign-in.js';"],
    ['web/lib/x.ts', "import { y } from '../app/router.js';"],
    ['web/features/stories/components/x.tsx', "import { y } from '../../auth/sign-in.js';"],
    ['web/features/stories/x.tsx', "import { y } from '../../app/layout.js';"],
  ])('refuses %s importing across a boundary', async (file, source) => {
    expect(await boundaryMessages(file, source)).toHaveLength(1);
  });

  it.each([
    ['server/modules/stories/stories.service.ts', "import { y } from '../people/index.js';"],
    ['server/modules/stories/stories.service.ts', "import { y } from '../../kernel/db.js';"],
    ['server/modules/people/people.service.ts', "import { y } from './people.repository.js';"],
    ['web/features/stories/components/x.tsx', "import { y } from '../api/get-story.js';"],
    ['web/features/stories/x.tsx', "import { y } from '../../components/button.js';"],
    ['web/app/router.tsx', "import { y } from '../features/stories/page.js';"],
  ])('allows %s importing within the rules', async (file, source) => {
    expect(await boundaryMessages(file, source)).toEqual([]);
  });
});
