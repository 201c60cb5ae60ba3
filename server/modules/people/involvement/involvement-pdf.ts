import { TRAINING_KIND_NAMES } from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import { renderPdf, type DocumentBlock } from '../../../kernel/documents.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { roleTitle } from '../role-names.js';
import { isoDay, longDate } from './format.js';
import { getMyInvolvement } from './my-involvement.js';

const formatHours = (hours: number) => (Number.isInteger(hours) ? String(hours) : hours.toFixed(2));

/**
 * The person's record of time given, named as the page that offers it names it, as a PDF to attach
 * to a job or volunteering application: roles, hours by role and year, and training. Payments and
 * expenses stay out: they are nobody else's business.
 */
export async function renderMyInvolvementPdf(context: ModuleContext, actor: Actor, now = new Date()) {
  const record = await getMyInvolvement(context, actor);
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 2, text: 'Roles held' }];
  blocks.push(
    record.roles.length > 0
      ? {
          kind: 'list',
          items: record.roles.map(
            (r) => `${roleTitle(r.role)}, ${r.organisationName} (since ${longDate(r.since.slice(0, 10))})`,
          ),
        }
      : { kind: 'paragraph', text: 'No current roles.' },
  );
  blocks.push({ kind: 'heading', level: 2, text: 'Time given' });
  if (record.hours.byRoleAndYear.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `${formatHours(record.hours.total)} hours in all, as recorded by the organisations involved.`,
    });
    blocks.push({
      kind: 'table',
      caption: 'Hours by role and year',
      header: ['Role', 'Year', 'Hours'],
      rows: record.hours.byRoleAndYear.map((r) => [r.label, String(r.year), formatHours(r.hours)]),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No time given has been recorded yet.' });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Training' });
  if (record.training.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Courses completed',
      header: ['Course', 'Completed', 'Refresh due'],
      rows: record.training.map((t) => [
        `${t.title} (${TRAINING_KIND_NAMES[t.kind]}), ${t.provider}`,
        longDate(t.completedOn),
        t.refreshDueOn ? longDate(t.refreshDueOn) : '—',
      ]),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No training recorded yet.' });
  }
  blocks.push({ kind: 'paragraph', text: `Produced by Cairn on ${longDate(isoDay(now))}.` });
  const data = await renderPdf({
    title: 'Record of time given',
    subtitle: record.person.displayName,
    blocks,
  });
  return { data, filename: `time-given-${isoDay(now)}.pdf` };
}
