-- Version 10: history, so figures about a past period never drift. Members' enabled flag, department and kind
-- as effective-dated states; stretches of group membership (leaving closes one); each reaction as given and
-- when it stopped standing; each change of an event registration's status. Existing rows get the history that
-- can be known: a current state effective from creation (an earlier stretch as enabled for disabled members),
-- a membership from its JoinedAt, a reaction standing since its CreatedAt, and a registration's steps from its
-- RegisteredAt, PromotedAt and CancelledAt (a cancelled registration is taken to have held a seat).

-- What each member was from ValidFrom until ValidTo (null: still is).
CREATE TABLE "MemberStates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MemberStates" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "IsEnabled" INTEGER NOT NULL,
    "Department" TEXT NULL,
    "Kind" INTEGER NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    CONSTRAINT "FK_MemberStates_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_MemberStates_MemberId_ValidFrom" ON "MemberStates" ("MemberId", "ValidFrom");
CREATE INDEX "IX_MemberStates_ValidFrom_ValidTo" ON "MemberStates" ("ValidFrom", "ValidTo");

-- Who belonged to which group from JoinedAt until LeftAt (null: still does).
CREATE TABLE "GroupMembershipPeriods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupMembershipPeriods" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    "LeftAt" TEXT NULL,
    CONSTRAINT "FK_GroupMembershipPeriods_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GroupMembershipPeriods_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_GroupMembershipPeriods_GroupId_JoinedAt" ON "GroupMembershipPeriods" ("GroupId", "JoinedAt");
CREATE INDEX "IX_GroupMembershipPeriods_MemberId_GroupId" ON "GroupMembershipPeriods" ("MemberId", "GroupId");

-- Each reaction kind given, from GivenAt until it was withdrawn or replaced (null: stands).
CREATE TABLE "ReactionPeriods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReactionPeriods" PRIMARY KEY AUTOINCREMENT,
    "ReactionId" INTEGER NOT NULL,
    "PostId" INTEGER NOT NULL,
    "CommentId" INTEGER NULL,
    "MemberId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "GivenAt" TEXT NOT NULL,
    "WithdrawnAt" TEXT NULL,
    CONSTRAINT "FK_ReactionPeriods_Comments_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Comments" ("Id"),
    CONSTRAINT "FK_ReactionPeriods_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReactionPeriods_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ReactionPeriods_CommentId" ON "ReactionPeriods" ("CommentId");
CREATE INDEX "IX_ReactionPeriods_GivenAt" ON "ReactionPeriods" ("GivenAt");
CREATE INDEX "IX_ReactionPeriods_MemberId_GivenAt" ON "ReactionPeriods" ("MemberId", "GivenAt");
CREATE INDEX "IX_ReactionPeriods_PostId" ON "ReactionPeriods" ("PostId");
CREATE INDEX "IX_ReactionPeriods_ReactionId" ON "ReactionPeriods" ("ReactionId");

-- Every status a registration took, with its time; append-only like the activity log.
CREATE TABLE "RegistrationChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RegistrationChanges" PRIMARY KEY AUTOINCREMENT,
    "RegistrationId" INTEGER NOT NULL,
    "EventId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "FK_RegistrationChanges_EventRegistrations_RegistrationId" FOREIGN KEY ("RegistrationId") REFERENCES "EventRegistrations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RegistrationChanges_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RegistrationChanges_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_RegistrationChanges_EventId_ChangedAt" ON "RegistrationChanges" ("EventId", "ChangedAt");
CREATE INDEX "IX_RegistrationChanges_MemberId" ON "RegistrationChanges" ("MemberId");
CREATE INDEX "IX_RegistrationChanges_RegistrationId_ChangedAt" ON "RegistrationChanges" ("RegistrationId", "ChangedAt");

CREATE TRIGGER "TR_RegistrationChanges_AppendOnly_Update" BEFORE UPDATE ON "RegistrationChanges"
BEGIN SELECT RAISE(ABORT, 'RegistrationChanges is append-only'); END;

CREATE TRIGGER "TR_RegistrationChanges_AppendOnly_Delete" BEFORE DELETE ON "RegistrationChanges"
BEGIN SELECT RAISE(ABORT, 'RegistrationChanges is append-only'); END;

-- The history existing rows imply.
INSERT INTO "MemberStates" ("MemberId", "IsEnabled", "Department", "Kind", "ValidFrom", "ValidTo")
SELECT "Id", 1, "Department", "Kind", "CreatedAt", "DisabledAt" FROM "Members"
WHERE "IsEnabled" = 1 OR "DisabledAt" IS NOT NULL
ORDER BY "Id";

INSERT INTO "MemberStates" ("MemberId", "IsEnabled", "Department", "Kind", "ValidFrom", "ValidTo")
SELECT "Id", 0, "Department", "Kind", COALESCE("DisabledAt", "CreatedAt"), NULL FROM "Members"
WHERE "IsEnabled" = 0
ORDER BY "Id";

INSERT INTO "GroupMembershipPeriods" ("GroupId", "MemberId", "JoinedAt", "LeftAt")
SELECT "GroupId", "MemberId", "JoinedAt", NULL FROM "GroupMemberships"
ORDER BY "JoinedAt", "GroupId", "MemberId";

INSERT INTO "ReactionPeriods" ("ReactionId", "PostId", "CommentId", "MemberId", "Kind", "GivenAt", "WithdrawnAt")
SELECT "Id", "PostId", "CommentId", "MemberId", "Kind", "CreatedAt", NULL FROM "Reactions"
ORDER BY "Id";

INSERT INTO "RegistrationChanges" ("RegistrationId", "EventId", "MemberId", "Status", "ChangedAt")
SELECT "RegistrationId", "EventId", "MemberId", "Status", "ChangedAt" FROM (
    SELECT "Id" AS "RegistrationId", "EventId", "MemberId",
        CASE WHEN "PromotedAt" IS NOT NULL THEN 1 WHEN "Status" = 2 THEN 0 ELSE "Status" END AS "Status",
        "RegisteredAt" AS "ChangedAt", 0 AS "Step"
    FROM "EventRegistrations"
    UNION ALL
    SELECT "Id", "EventId", "MemberId", 0, "PromotedAt", 1 FROM "EventRegistrations" WHERE "PromotedAt" IS NOT NULL
    UNION ALL
    SELECT "Id", "EventId", "MemberId", 2, "CancelledAt", 2 FROM "EventRegistrations" WHERE "Status" = 2 AND "CancelledAt" IS NOT NULL
) AS "Steps"
ORDER BY "ChangedAt", "RegistrationId", "Step";
