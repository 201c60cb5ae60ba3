import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { expectPage, signInAsDemo, useJourney } from './support/journey.js';

const { newPage } = useJourney('display-settings');

async function organisationOf(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as {
    memberships: { organisationId: string }[];
  };
  return me.memberships[0]?.organisationId ?? '';
}

describe('pages follow the settings a person has chosen on their phone or computer', () => {
  it('a dark setting gives the dark theme, with the same contrast, signed out and signed in, at 320 px', async () => {
    const visitor = await newPage(320);
    await visitor.page.emulateMedia({ colorScheme: 'dark' });
    await visitor.page.goto('/');
    await visitor.page.getByRole('heading', { level: 1 }).waitFor();
    // the page really is dark: the background is darker than the text
    const [background, text] = await visitor.page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    expect(background).toBe('rgb(23, 20, 17)');
    expect(text).toBe('rgb(242, 235, 225)');
    await expectNoSeriousAxeViolations(visitor.page);
    for (const path of ['/sign-in', '/showcase', '/you-said-we-did']) {
      await visitor.page.goto(path);
      await visitor.page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoSeriousAxeViolations(visitor.page);
    }

    const member = await newPage(320);
    await member.page.emulateMedia({ colorScheme: 'dark' });
    await signInAsDemo(member.page, 'member@cairn.example');
    await member.page.goto('/activities');
    await expectPage(member.page, "What's on");
    await member.page.locator('.act-week').first().waitFor();
    await expectNoSeriousAxeViolations(member.page);
    await member.page.goto('/stories');
    await member.page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoSeriousAxeViolations(member.page);
    for (const watched of [visitor, member]) expect(watched.problems).toEqual([]);
  });

  it('in forced colours a focused link is outlined and keeps its underline', async () => {
    const visitor = await newPage();
    await visitor.page.emulateMedia({ forcedColors: 'active' });
    await visitor.page.goto('/sign-in');
    await expectPage(visitor.page, 'Sign in');
    const link = visitor.page.locator('#main a[href]').first();
    await link.focus();
    // focus() from a script does not count as keyboard focus; a key press makes it visible
    await visitor.page.keyboard.press('Shift+Tab');
    await visitor.page.keyboard.press('Tab');
    const focused = await visitor.page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLAnchorElement)) return null;
      const style = getComputedStyle(element);
      return {
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        underline: style.textDecorationLine,
      };
    });
    expect(focused).not.toBeNull();
    expect(focused?.outline).toBe('solid');
    expect(focused?.width).toBeGreaterThanOrEqual(2);
    expect(focused?.underline).toContain('underline');
    expect(visitor.problems).toEqual([]);
  });

  it('every box that scrolls sideways can be reached with the keyboard and says what it holds', async () => {
    const jo = await newPage(320);
    await signInAsDemo(jo.page, 'coordinator@cairn.example');
    const organisationId = await organisationOf(jo.page);
    for (const path of [
      `/coproduction/organisations/${organisationId}`,
      `/involvement/organisations/${organisationId}`,
    ]) {
      await jo.page.goto(path);
      await jo.page.getByRole('heading', { level: 1 }).waitFor();
      await jo.page.locator('.table-scroll').first().waitFor();
      const boxes = await jo.page.locator('.table-scroll').evaluateAll((elements) =>
        elements.map((element) => ({
          tabIndex: (element as HTMLElement).tabIndex,
          role: element.getAttribute('role'),
          named: Boolean(element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')),
        })),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual({ tabIndex: 0, role: 'region', named: true });
      await expectNoSeriousAxeViolations(jo.page);
    }
    expect(jo.problems).toEqual([]);
  });
});
