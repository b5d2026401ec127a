-- Version 13: daily roll-ups for the KPIs, so a year of figures costs about what a week costs. Triggers keep them
-- in the transaction that writes the rows they count, whoever writes them (the services, the seed, a script);
-- the counted rows are never removed, and what a later deletion or withdrawal takes away is subtracted when a
-- period is read (docs/kpis.md#how-the-figures-are-computed). Days are UTC. Existing rows are rolled up here.

-- The UTC days on which each member had at least one activity entry.
CREATE TABLE "ActivityDays" (
    "MemberId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    CONSTRAINT "PK_ActivityDays" PRIMARY KEY ("MemberId", "Day")
) WITHOUT ROWID;

-- The calendar months (UTC, as their first day) in which each member had activity, and in which each viewed a
-- post: a year's distinct active members and viewers read these few rows.
CREATE TABLE "ActivityMonths" (
    "MemberId" INTEGER NOT NULL,
    "Month" TEXT NOT NULL,
    CONSTRAINT "PK_ActivityMonths" PRIMARY KEY ("MemberId", "Month")
) WITHOUT ROWID;

CREATE TABLE "ViewMonths" (
    "MemberId" INTEGER NOT NULL,
    "Month" TEXT NOT NULL,
    CONSTRAINT "PK_ViewMonths" PRIMARY KEY ("MemberId", "Month")
) WITHOUT ROWID;

CREATE INDEX "IX_ActivityMonths_Month" ON "ActivityMonths" ("Month");
CREATE INDEX "IX_ViewMonths_Month" ON "ViewMonths" ("Month");

-- Per UTC day: members active that day, posts published, post views, comments written and reactions given that
-- day. Writers never update a shared row: each counted row appends a delta to KpiDayDeltas, and deltas are folded
-- into the day's totals in the background (a period reads both, so figures are exact before and after folding).
CREATE TABLE "KpiDayTotals" (
    "Day" TEXT NOT NULL CONSTRAINT "PK_KpiDayTotals" PRIMARY KEY,
    "ActiveMembers" INTEGER NOT NULL,
    "Posts" INTEGER NOT NULL,
    "Views" INTEGER NOT NULL,
    "Comments" INTEGER NOT NULL,
    "Reactions" INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE "KpiDayDeltas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KpiDayDeltas" PRIMARY KEY AUTOINCREMENT,
    "Day" TEXT NOT NULL,
    "ActiveMembers" INTEGER NOT NULL,
    "Posts" INTEGER NOT NULL,
    "Views" INTEGER NOT NULL,
    "Comments" INTEGER NOT NULL,
    "Reactions" INTEGER NOT NULL
);

CREATE INDEX "IX_KpiDayDeltas_Day" ON "KpiDayDeltas" ("Day");

-- Per group, member and UTC day: the comments written and reactions given on the group's posts that day.
CREATE TABLE "GroupParticipationDays" (
    "GroupId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Contributions" INTEGER NOT NULL,
    CONSTRAINT "PK_GroupParticipationDays" PRIMARY KEY ("GroupId", "MemberId", "Day")
) WITHOUT ROWID;

-- Each of those contributions deleted (a comment) or withdrawn (a reaction, or its kind replaced), and when: a
-- period ending after LostAt (at LostAt too, for a withdrawal) no longer counts it.
CREATE TABLE "GroupParticipationLosses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupParticipationLosses" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "LostAt" TEXT NOT NULL,
    "IsWithdrawal" INTEGER NOT NULL
);

-- A group's contribution days in day order (an active group's first participants are in its first days).
CREATE INDEX "IX_GroupParticipationDays_GroupId_Day_MemberId" ON "GroupParticipationDays" ("GroupId", "Day", "MemberId");
CREATE INDEX "IX_GroupParticipationLosses_GroupId_MemberId_Day" ON "GroupParticipationLosses" ("GroupId", "MemberId", "Day");

-- What a period subtracts (the few deleted posts and comments and withdrawn reactions, with their times), and
-- group sizes at a period's end, read from indexes alone.
CREATE INDEX "IX_Posts_DeletedAt_PublishedAt" ON "Posts" ("DeletedAt", "PublishedAt") WHERE "DeletedAt" IS NOT NULL;
CREATE INDEX "IX_Comments_DeletedAt_CreatedAt" ON "Comments" ("DeletedAt", "CreatedAt") WHERE "DeletedAt" IS NOT NULL;
CREATE INDEX "IX_ReactionPeriods_WithdrawnAt_GivenAt" ON "ReactionPeriods" ("WithdrawnAt", "GivenAt") WHERE "WithdrawnAt" IS NOT NULL;
DROP INDEX "IX_GroupMembershipPeriods_GroupId_JoinedAt";
CREATE INDEX "IX_GroupMembershipPeriods_GroupId_JoinedAt_LeftAt_MemberId" ON "GroupMembershipPeriods" ("GroupId", "JoinedAt", "LeftAt", "MemberId");

-- Each member's posts, comments and reactions of a period, with whether they still stand, from the index alone
-- (the per-member seeks behind creators, participation and a department's counts).
DROP INDEX "IX_Posts_AuthorId_PublishedAt";
CREATE INDEX "IX_Posts_AuthorId_PublishedAt_DeletedAt" ON "Posts" ("AuthorId", "PublishedAt", "DeletedAt");
DROP INDEX "IX_Comments_AuthorId_CreatedAt";
CREATE INDEX "IX_Comments_AuthorId_CreatedAt_DeletedAt" ON "Comments" ("AuthorId", "CreatedAt", "DeletedAt");
DROP INDEX "IX_ReactionPeriods_MemberId_GivenAt";
CREATE INDEX "IX_ReactionPeriods_MemberId_GivenAt_WithdrawnAt" ON "ReactionPeriods" ("MemberId", "GivenAt", "WithdrawnAt");

-- A group's posts to their comments, reactions and views of a period, with whether each still stands and who
-- wrote or gave it, from the index alone (a groupId scope).
DROP INDEX "IX_Comments_PostId_CreatedAt";
CREATE INDEX "IX_Comments_PostId_CreatedAt_DeletedAt_AuthorId" ON "Comments" ("PostId", "CreatedAt", "DeletedAt", "AuthorId");
DROP INDEX "IX_ReactionPeriods_PostId";
CREATE INDEX "IX_ReactionPeriods_PostId_GivenAt_WithdrawnAt_MemberId" ON "ReactionPeriods" ("PostId", "GivenAt", "WithdrawnAt", "MemberId");
DROP INDEX "IX_PostViews_PostId_MemberId";
CREATE INDEX "IX_PostViews_PostId_MemberId_ViewedAt" ON "PostViews" ("PostId", "MemberId", "ViewedAt");

-- The roll-ups of the rows already there.
INSERT INTO "ActivityDays" ("MemberId", "Day")
SELECT DISTINCT "MemberId", substr("OccurredAt", 1, 10) FROM "ActivityEntries";

INSERT INTO "ActivityMonths" ("MemberId", "Month") SELECT DISTINCT "MemberId", substr("Day", 1, 8) || '01' FROM "ActivityDays";
INSERT INTO "ViewMonths" ("MemberId", "Month") SELECT DISTINCT "MemberId", substr("ViewedAt", 1, 8) || '01' FROM "PostViews";

INSERT INTO "KpiDayTotals" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
SELECT "Day", SUM("ActiveMembers"), SUM("Posts"), SUM("Views"), SUM("Comments"), SUM("Reactions") FROM (
    SELECT "Day", 1 AS "ActiveMembers", 0 AS "Posts", 0 AS "Views", 0 AS "Comments", 0 AS "Reactions" FROM "ActivityDays"
    UNION ALL SELECT substr("PublishedAt", 1, 10), 0, 1, 0, 0, 0 FROM "Posts"
    UNION ALL SELECT substr("ViewedAt", 1, 10), 0, 0, 1, 0, 0 FROM "PostViews"
    UNION ALL SELECT substr("CreatedAt", 1, 10), 0, 0, 0, 1, 0 FROM "Comments"
    UNION ALL SELECT substr("GivenAt", 1, 10), 0, 0, 0, 0, 1 FROM "ReactionPeriods"
) GROUP BY "Day";

INSERT INTO "GroupParticipationDays" ("GroupId", "MemberId", "Day", "Contributions")
SELECT "GroupId", "MemberId", "Day", COUNT(*) FROM (
    SELECT p."GroupId", c."AuthorId" AS "MemberId", substr(c."CreatedAt", 1, 10) AS "Day" FROM "Comments" c JOIN "Posts" p ON p."Id" = c."PostId" WHERE p."GroupId" IS NOT NULL
    UNION ALL SELECT p."GroupId", r."MemberId", substr(r."GivenAt", 1, 10) FROM "ReactionPeriods" r JOIN "Posts" p ON p."Id" = r."PostId" WHERE p."GroupId" IS NOT NULL
) GROUP BY "GroupId", "MemberId", "Day";

INSERT INTO "GroupParticipationLosses" ("GroupId", "MemberId", "Day", "LostAt", "IsWithdrawal")
SELECT p."GroupId", c."AuthorId", substr(c."CreatedAt", 1, 10), c."DeletedAt", 0 FROM "Comments" c JOIN "Posts" p ON p."Id" = c."PostId"
WHERE p."GroupId" IS NOT NULL AND c."DeletedAt" IS NOT NULL
UNION ALL
SELECT p."GroupId", r."MemberId", substr(r."GivenAt", 1, 10), r."WithdrawnAt", 1 FROM "ReactionPeriods" r JOIN "Posts" p ON p."Id" = r."PostId"
WHERE p."GroupId" IS NOT NULL AND r."WithdrawnAt" IS NOT NULL;

-- From now on, kept by each insert, deletion and withdrawal.
CREATE TRIGGER "TR_ActivityEntries_RollUp" AFTER INSERT ON "ActivityEntries"
BEGIN
    INSERT OR IGNORE INTO "ActivityDays" ("MemberId", "Day") VALUES (NEW."MemberId", substr(NEW."OccurredAt", 1, 10));
END;

CREATE TRIGGER "TR_ActivityDays_RollUp" AFTER INSERT ON "ActivityDays"
BEGIN
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (NEW."Day", 1, 0, 0, 0, 0);
    INSERT OR IGNORE INTO "ActivityMonths" ("MemberId", "Month") VALUES (NEW."MemberId", substr(NEW."Day", 1, 8) || '01');
END;

CREATE TRIGGER "TR_Posts_RollUp" AFTER INSERT ON "Posts"
BEGIN
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (substr(NEW."PublishedAt", 1, 10), 0, 1, 0, 0, 0);
END;

-- A scheduled post moved to another time counts on its new day.
CREATE TRIGGER "TR_Posts_RollUp_Reschedule" AFTER UPDATE OF "PublishedAt" ON "Posts"
WHEN substr(OLD."PublishedAt", 1, 10) <> substr(NEW."PublishedAt", 1, 10)
BEGIN
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (substr(OLD."PublishedAt", 1, 10), 0, -1, 0, 0, 0);
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (substr(NEW."PublishedAt", 1, 10), 0, 1, 0, 0, 0);
END;

CREATE TRIGGER "TR_PostViews_RollUp" AFTER INSERT ON "PostViews"
BEGIN
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (substr(NEW."ViewedAt", 1, 10), 0, 0, 1, 0, 0);
    INSERT OR IGNORE INTO "ViewMonths" ("MemberId", "Month") VALUES (NEW."MemberId", substr(NEW."ViewedAt", 1, 8) || '01');
END;

CREATE TRIGGER "TR_Comments_RollUp" AFTER INSERT ON "Comments"
BEGIN
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (substr(NEW."CreatedAt", 1, 10), 0, 0, 0, 1, 0);
    INSERT INTO "GroupParticipationDays" ("GroupId", "MemberId", "Day", "Contributions")
    SELECT p."GroupId", NEW."AuthorId", substr(NEW."CreatedAt", 1, 10), 1 FROM "Posts" p WHERE p."Id" = NEW."PostId" AND p."GroupId" IS NOT NULL
    ON CONFLICT ("GroupId", "MemberId", "Day") DO UPDATE SET "Contributions" = "Contributions" + 1;
    -- A comment written already deleted (an import) is lost at once.
    INSERT INTO "GroupParticipationLosses" ("GroupId", "MemberId", "Day", "LostAt", "IsWithdrawal")
    SELECT p."GroupId", NEW."AuthorId", substr(NEW."CreatedAt", 1, 10), NEW."DeletedAt", 0 FROM "Posts" p
    WHERE p."Id" = NEW."PostId" AND p."GroupId" IS NOT NULL AND NEW."DeletedAt" IS NOT NULL;
END;

CREATE TRIGGER "TR_ReactionPeriods_RollUp" AFTER INSERT ON "ReactionPeriods"
BEGIN
    INSERT INTO "KpiDayDeltas" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
    VALUES (substr(NEW."GivenAt", 1, 10), 0, 0, 0, 0, 1);
    INSERT INTO "GroupParticipationDays" ("GroupId", "MemberId", "Day", "Contributions")
    SELECT p."GroupId", NEW."MemberId", substr(NEW."GivenAt", 1, 10), 1 FROM "Posts" p WHERE p."Id" = NEW."PostId" AND p."GroupId" IS NOT NULL
    ON CONFLICT ("GroupId", "MemberId", "Day") DO UPDATE SET "Contributions" = "Contributions" + 1;
    -- A reaction period written already closed (a replaced kind, an import) is lost at once.
    INSERT INTO "GroupParticipationLosses" ("GroupId", "MemberId", "Day", "LostAt", "IsWithdrawal")
    SELECT p."GroupId", NEW."MemberId", substr(NEW."GivenAt", 1, 10), NEW."WithdrawnAt", 1 FROM "Posts" p
    WHERE p."Id" = NEW."PostId" AND p."GroupId" IS NOT NULL AND NEW."WithdrawnAt" IS NOT NULL;
END;

CREATE TRIGGER "TR_Comments_RollUp_Delete" AFTER UPDATE OF "DeletedAt" ON "Comments"
WHEN OLD."DeletedAt" IS NULL AND NEW."DeletedAt" IS NOT NULL
BEGIN
    INSERT INTO "GroupParticipationLosses" ("GroupId", "MemberId", "Day", "LostAt", "IsWithdrawal")
    SELECT p."GroupId", NEW."AuthorId", substr(NEW."CreatedAt", 1, 10), NEW."DeletedAt", 0 FROM "Posts" p WHERE p."Id" = NEW."PostId" AND p."GroupId" IS NOT NULL;
END;

CREATE TRIGGER "TR_ReactionPeriods_RollUp_Withdraw" AFTER UPDATE OF "WithdrawnAt" ON "ReactionPeriods"
WHEN OLD."WithdrawnAt" IS NULL AND NEW."WithdrawnAt" IS NOT NULL
BEGIN
    INSERT INTO "GroupParticipationLosses" ("GroupId", "MemberId", "Day", "LostAt", "IsWithdrawal")
    SELECT p."GroupId", NEW."MemberId", substr(NEW."GivenAt", 1, 10), NEW."WithdrawnAt", 1 FROM "Posts" p WHERE p."Id" = NEW."PostId" AND p."GroupId" IS NOT NULL;
END;

-- Statistics for the new tables and partial indexes (sampled), so the planner reads the few deleted rows through them.
PRAGMA analysis_limit = 1000;
ANALYZE "ActivityDays";
ANALYZE "ActivityMonths";
ANALYZE "ViewMonths";
ANALYZE "KpiDayTotals";
ANALYZE "KpiDayDeltas";
ANALYZE "GroupParticipationDays";
ANALYZE "GroupParticipationLosses";
ANALYZE "IX_Posts_DeletedAt_PublishedAt";
ANALYZE "IX_Comments_DeletedAt_CreatedAt";
ANALYZE "IX_ReactionPeriods_WithdrawnAt_GivenAt";
ANALYZE "IX_GroupMembershipPeriods_GroupId_JoinedAt_LeftAt_MemberId";
ANALYZE "IX_Posts_AuthorId_PublishedAt_DeletedAt";
ANALYZE "IX_Comments_AuthorId_CreatedAt_DeletedAt";
ANALYZE "IX_ReactionPeriods_MemberId_GivenAt_WithdrawnAt";
ANALYZE "IX_Comments_PostId_CreatedAt_DeletedAt_AuthorId";
ANALYZE "IX_ReactionPeriods_PostId_GivenAt_WithdrawnAt_MemberId";
ANALYZE "IX_PostViews_PostId_MemberId_ViewedAt";
