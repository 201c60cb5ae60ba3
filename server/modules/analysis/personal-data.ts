import { randomUUID } from 'node:crypto';
import type { PersonalDataHandler } from '../../kernel/personal-data.js';
import * as repo from './personal-data.repository.js';

/**
 * What the analysis module holds about a person (the coding they did, the stories given to them, what
 * they wrote and downloaded) for their export, and how erasure leaves it.
 *
 * Erasure keeps the work and drops the person. A peer research team's agreement figures, consensus and
 * key messages rest on which spans came from the same coder; deleting a coder's spans would silently
 * change alpha and kappa in reports already shared, and emptying the coder would pool them with
 * others'. So every pointer at the person becomes one new random id that joins to nobody: the figures
 * stay exactly as they were, the team reads "A former team member", and nothing leads back to the
 * person (not even the anonymised account row). Stories still given to them to code are deleted, so
 * the lead sees them as waiting for a coder. Memos and key messages stay as the team's analytic record,
 * and the log of briefings that left Cairn stays because storytellers' consent checks depend on it.
 */
export const analysisPersonalData: PersonalDataHandler = {
  module: 'analysis',
  async exportFor(db, personId) {
    const data = await repo.findPersonalData(db, personId);
    return {
      codesYouApplied: data.coded.map((c) => ({
        project: c.project,
        story: c.storyId,
        code: c.code,
        at: c.at.toISOString(),
      })),
      suggestionsYouDecided: data.decided.map((d) => ({
        project: d.project,
        code: d.code,
        decision: d.decision,
      })),
      storiesGivenToYouToCode: data.given.map((g) => ({
        project: g.project,
        story: g.storyId,
        at: g.at.toISOString(),
      })),
      storiesYouGaveToCoders: data.gave.map((g) => ({
        project: g.project,
        story: g.storyId,
        at: g.at.toISOString(),
      })),
      memosYouWrote: data.written.map((m) => ({ project: m.project, text: m.body, at: m.at.toISOString() })),
      keyMessagesYouWrote: data.messages.map((m) => ({
        project: m.project,
        text: m.text,
        at: m.at.toISOString(),
      })),
      projectsYouStarted: data.started.map((p) => ({ title: p.title, at: p.at.toISOString() })),
      codebooksYouMade: data.codebooksMade.map((c) => ({ name: c.name, at: c.at.toISOString() })),
      briefingsYouDownloaded: data.downloads.map((d) => ({
        project: d.project,
        audience: d.audience,
        format: d.format,
        purpose: d.purpose,
        at: d.at.toISOString(),
      })),
    };
  },
  async erase(db, personId) {
    const n = await repo.pseudonymisePerson(db, personId, randomUUID());
    return (
      `${n.coded} codings, ${n.memosKept} memos and ${n.downloads} briefing downloads kept as ` +
      `"a former team member" (agreement figures unchanged); ${n.unassigned} stories given to code taken back`
    );
  },
};
