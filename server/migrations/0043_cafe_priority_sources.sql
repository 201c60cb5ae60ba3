-- A café priority brought into "You said, we did" before its merged sources were carried along says
-- its dots and helpers but not how many tables raised it. The café side still holds that: each idea
-- merged into another keeps the idea it went into (merges are never undone) and the table that raised
-- it. So the line an import writes now ("Raised at 2 tables (tables 1 and 2); also said as: “…”.") is
-- added, worded exactly as the import words it (describeSources in server/modules/cafes/harvest), to
-- each such priority whose text is still as it was brought in: the café idea's words first, the
-- import's "…; N willing to help." last. A text a coordinator has reworded is theirs and is left alone.
-- A hidden idea's words never go in. Merges are not dated, so a duplicate merged after the priority
-- was brought in counts too, as it does on the list of priorities to bring in.
WITH RECURSIVE "chain" AS (
  SELECT i."id", i."merged_into" AS "target", 0 AS "hops"
  FROM "cafe_ideas" i
  WHERE i."merged_into" IS NOT NULL
  UNION ALL
  SELECT c."id", t."merged_into", c."hops" + 1
  FROM "chain" c
  JOIN "cafe_ideas" t ON t."id" = c."target"
  WHERE t."merged_into" IS NOT NULL AND c."hops" < 1000
),
"merged" AS (
  -- Each visible idea merged away, with the standing idea its merges end at and its table.
  SELECT c."target" AS "idea_id", i."text", i."created_at", tb."number" AS "table_number"
  FROM "chain" c
  JOIN "cafe_ideas" i ON i."id" = c."id"
  JOIN "cafe_ideas" t ON t."id" = c."target" AND t."merged_into" IS NULL
  JOIN "cafe_tables" tb ON tb."id" = i."table_id"
  WHERE NOT i."hidden"
),
"tables" AS (
  SELECT cp."id" AS "cafe_priority_id", ARRAY(
    SELECT x."n" FROM (
      SELECT pt."number" AS "n"
      UNION
      SELECT m."table_number" FROM "merged" m WHERE m."idea_id" = cp."idea_id"
    ) x ORDER BY x."n"
  ) AS "numbers"
  FROM "cafe_priorities" cp
  JOIN "cafe_ideas" pi ON pi."id" = cp."idea_id"
  JOIN "cafe_tables" pt ON pt."id" = pi."table_id"
  WHERE EXISTS (SELECT 1 FROM "merged" m WHERE m."idea_id" = cp."idea_id")
),
"sources" AS (
  SELECT cp."id" AS "cafe_priority_id", cp."text" AS "idea_text", cp."helpers",
    'Raised at ' || cardinality(tb."numbers")
    || CASE WHEN cardinality(tb."numbers") = 1 THEN ' table (table ' ELSE ' tables (tables ' END
    || CASE WHEN cardinality(tb."numbers") = 1 THEN tb."numbers"[1]::text
       ELSE array_to_string(tb."numbers"[1:cardinality(tb."numbers") - 1], ', ')
         || ' and ' || tb."numbers"[cardinality(tb."numbers")]::text
       END
    || '); also said as: '
    || (
      SELECT string_agg('“' || m."text" || '”', ', ' ORDER BY m."created_at")
      FROM "merged" m WHERE m."idea_id" = cp."idea_id"
    ) AS "line"
  FROM "cafe_priorities" cp
  JOIN "tables" tb ON tb."cafe_priority_id" = cp."id"
)
UPDATE "coproduction_priorities" p
SET "text" = p."text" || E'\n\n' || s."line" || '.'
FROM "sources" s
WHERE p."cafe_priority_id" = s."cafe_priority_id"
  AND left(p."text", length(s."idea_text") + 2) = s."idea_text" || E'\n\n'
  AND right(p."text", length('; ' || s."helpers" || ' willing to help.')) = '; ' || s."helpers" || ' willing to help.'
  AND position(E'\n\nRaised at ' IN p."text") = 0;
