import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../kernel/db.js';
import { stories, storyVersions } from './stories.tables.js';

/**
 * Stories an analysis project may code: consented for analysis or wider and not expired, de-identified,
 * not held for safeguarding, not a draft or withdrawn. Each comes with its latest de-identified version,
 * or with the version named in `versionIds` (the one a project pinned). Checked on every read, so a
 * withdrawal takes a story out of analysis at once.
 */
export async function findAnalysableStories(
  db: DbOrTx,
  query: { organisationIds: string[]; storyIds?: string[] | undefined; versionIds?: string[] | undefined },
) {
  if (query.organisationIds.length === 0 || query.storyIds?.length === 0 || query.versionIds?.length === 0)
    return [];
  const versions = query.versionIds
    ? db
        .select({
          storyId: storyVersions.storyId,
          versionId: storyVersions.id,
          body: storyVersions.body,
          decisions: storyVersions.decisions,
        })
        .from(storyVersions)
        .where(and(eq(storyVersions.kind, 'deidentified'), inArray(storyVersions.id, query.versionIds)))
        .as('pinned')
    : db
        .selectDistinctOn([storyVersions.storyId], {
          storyId: storyVersions.storyId,
          versionId: storyVersions.id,
          body: storyVersions.body,
          decisions: storyVersions.decisions,
        })
        .from(storyVersions)
        .where(eq(storyVersions.kind, 'deidentified'))
        .orderBy(storyVersions.storyId, desc(storyVersions.createdAt))
        .as('latest');
  const rows = await db
    .select({
      storyId: stories.id,
      organisationId: stories.organisationId,
      title: stories.safeTitle,
      channel: stories.channel,
      consentTier: stories.consentTier,
      createdAt: stories.createdAt,
      versionId: versions.versionId,
      text: versions.body,
      decisions: versions.decisions,
      withheldSpans: stories.withheldSpans,
    })
    .from(stories)
    .innerJoin(versions, eq(versions.storyId, stories.id))
    .where(
      and(
        inArray(stories.organisationId, query.organisationIds),
        query.storyIds ? inArray(stories.id, query.storyIds) : undefined,
        inArray(stories.consentTier, ['analysis', 'partners', 'public']),
        or(isNull(stories.consentExpiresAt), gt(stories.consentExpiresAt, sql`now()`)),
        eq(stories.safeguardingHold, false),
        inArray(stories.status, ['submitted', 'in_review', 'approved']),
      ),
    )
    .orderBy(asc(stories.createdAt));
  // A version made before a lead withheld part of the story still holds that part: until the
  // project pins a newer version, the story is not analysable.
  return rows
    .filter((row) => cutsEveryWithheldSpan(row.decisions, row.withheldSpans))
    .map(({ decisions: _decisions, withheldSpans: _withheld, ...row }) => row);
}

function cutsEveryWithheldSpan(decisions: unknown[], withheld: { start: number; end: number }[]): boolean {
  const cuts = decisions.filter(
    (d): d is { start: number; end: number; action: string } =>
      typeof d === 'object' && d !== null && 'start' in d && 'end' in d && 'action' in d,
  );
  return withheld.every((span) =>
    cuts.some((cut) => cut.action !== 'keep' && cut.start <= span.start && cut.end >= span.end),
  );
}
