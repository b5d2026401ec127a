-- Version 1: the community schema (members, groups, posts, interactions, events, polls,
-- recognition, notifications, moderation and the activity log).

CREATE TABLE "Badges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Badges" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL
);

CREATE TABLE "Members" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Members" PRIMARY KEY AUTOINCREMENT,
    "ExternalId" TEXT NOT NULL,
    "Handle" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Department" TEXT NULL,
    "Location" TEXT NULL,
    "About" TEXT NULL,
    "AvatarUrl" TEXT NULL,
    "Skills" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "IsEnabled" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "InvitedAt" TEXT NOT NULL,
    "FirstSignedInAt" TEXT NULL,
    "LastSeenAt" TEXT NULL,
    "DisabledAt" TEXT NULL
);

CREATE TABLE "Topics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Topics" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);

CREATE TABLE "ActivityEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActivityEntries" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "OccurredAt" TEXT NOT NULL,
    "GroupId" INTEGER NULL,
    "PostId" INTEGER NULL,
    "SubjectId" INTEGER NULL,
    CONSTRAINT "FK_ActivityEntries_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Follows" (
    "FollowerId" INTEGER NOT NULL,
    "FolloweeId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "PK_Follows" PRIMARY KEY ("FollowerId", "FolloweeId"),
    CONSTRAINT "FK_Follows_Members_FolloweeId" FOREIGN KEY ("FolloweeId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Follows_Members_FollowerId" FOREIGN KEY ("FollowerId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Groups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Groups" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Visibility" INTEGER NOT NULL,
    "CreatedById" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Groups_Members_CreatedById" FOREIGN KEY ("CreatedById") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PointsEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PointsEntries" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "Points" INTEGER NOT NULL,
    "Reason" INTEGER NOT NULL,
    "SourceId" INTEGER NULL,
    "OccurredAt" TEXT NOT NULL,
    CONSTRAINT "FK_PointsEntries_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NULL,
    "OrganizerId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "Format" INTEGER NOT NULL,
    "Location" TEXT NOT NULL,
    "OnlineUrl" TEXT NOT NULL,
    "Capacity" INTEGER NULL,
    "WaitlistEnabled" INTEGER NOT NULL,
    "RegisteredCount" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CancelledAt" TEXT NULL,
    CONSTRAINT "CK_Events_Seats" CHECK ("Capacity" IS NULL OR "RegisteredCount" <= "Capacity"),
    CONSTRAINT "FK_Events_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id"),
    CONSTRAINT "FK_Events_Members_OrganizerId" FOREIGN KEY ("OrganizerId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GroupMemberships" (
    "GroupId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Role" INTEGER NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    CONSTRAINT "PK_GroupMemberships" PRIMARY KEY ("GroupId", "MemberId"),
    CONSTRAINT "FK_GroupMemberships_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GroupMemberships_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Posts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Posts" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NULL,
    "AuthorId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "EditedAt" TEXT NULL,
    "IsPinned" INTEGER NOT NULL,
    "PinnedAt" TEXT NULL,
    "DeletedAt" TEXT NULL,
    CONSTRAINT "FK_Posts_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id"),
    CONSTRAINT "FK_Posts_Members_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EventRegistrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_EventRegistrations" PRIMARY KEY AUTOINCREMENT,
    "EventId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "PromotedAt" TEXT NULL,
    "CancelledAt" TEXT NULL,
    "CheckedInAt" TEXT NULL,
    CONSTRAINT "FK_EventRegistrations_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EventRegistrations_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Comments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Comments" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "AuthorId" INTEGER NOT NULL,
    "ParentCommentId" INTEGER NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "EditedAt" TEXT NULL,
    "DeletedAt" TEXT NULL,
    CONSTRAINT "FK_Comments_Comments_ParentCommentId" FOREIGN KEY ("ParentCommentId") REFERENCES "Comments" ("Id"),
    CONSTRAINT "FK_Comments_Members_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Comments_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "RecipientId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "ActorId" INTEGER NULL,
    "PostId" INTEGER NULL,
    "EventId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "FK_Notifications_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id"),
    CONSTRAINT "FK_Notifications_Members_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Members" ("Id"),
    CONSTRAINT "FK_Notifications_Members_RecipientId" FOREIGN KEY ("RecipientId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Notifications_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id")
);

CREATE TABLE "Polls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Polls" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "Question" TEXT NOT NULL,
    "ClosesAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    CONSTRAINT "FK_Polls_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PostAttachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PostAttachments" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "Url" TEXT NOT NULL,
    CONSTRAINT "FK_PostAttachments_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PostMentions" (
    "PostId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    CONSTRAINT "PK_PostMentions" PRIMARY KEY ("PostId", "MemberId"),
    CONSTRAINT "FK_PostMentions_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PostMentions_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PostTopics" (
    "PostId" INTEGER NOT NULL,
    "TopicId" INTEGER NOT NULL,
    CONSTRAINT "PK_PostTopics" PRIMARY KEY ("PostId", "TopicId"),
    CONSTRAINT "FK_PostTopics_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PostTopics_Topics_TopicId" FOREIGN KEY ("TopicId") REFERENCES "Topics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PostViews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PostViews" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "ViewedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PostViews_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PostViews_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Praises" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Praises" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "GiverId" INTEGER NOT NULL,
    "BadgeId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Praises_Badges_BadgeId" FOREIGN KEY ("BadgeId") REFERENCES "Badges" ("Id"),
    CONSTRAINT "FK_Praises_Members_GiverId" FOREIGN KEY ("GiverId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Praises_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Reactions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reactions" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "CommentId" INTEGER NULL,
    "MemberId" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Reactions_Comments_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Comments" ("Id"),
    CONSTRAINT "FK_Reactions_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Reactions_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Reports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reports" PRIMARY KEY AUTOINCREMENT,
    "ReporterId" INTEGER NOT NULL,
    "PostId" INTEGER NOT NULL,
    "CommentId" INTEGER NULL,
    "Reason" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ResolvedById" INTEGER NULL,
    "ResolvedAt" TEXT NULL,
    CONSTRAINT "FK_Reports_Comments_CommentId" FOREIGN KEY ("CommentId") REFERENCES "Comments" ("Id"),
    CONSTRAINT "FK_Reports_Members_ReporterId" FOREIGN KEY ("ReporterId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Reports_Members_ResolvedById" FOREIGN KEY ("ResolvedById") REFERENCES "Members" ("Id"),
    CONSTRAINT "FK_Reports_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PollOptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PollOptions" PRIMARY KEY AUTOINCREMENT,
    "PollId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_PollOptions_Polls_PollId" FOREIGN KEY ("PollId") REFERENCES "Polls" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MemberBadges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MemberBadges" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "BadgeId" INTEGER NOT NULL,
    "PraiseId" INTEGER NULL,
    "AwardedAt" TEXT NOT NULL,
    CONSTRAINT "FK_MemberBadges_Badges_BadgeId" FOREIGN KEY ("BadgeId") REFERENCES "Badges" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MemberBadges_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MemberBadges_Praises_PraiseId" FOREIGN KEY ("PraiseId") REFERENCES "Praises" ("Id")
);

CREATE TABLE "PraiseRecipients" (
    "PraiseId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    CONSTRAINT "PK_PraiseRecipients" PRIMARY KEY ("PraiseId", "MemberId"),
    CONSTRAINT "FK_PraiseRecipients_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PraiseRecipients_Praises_PraiseId" FOREIGN KEY ("PraiseId") REFERENCES "Praises" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PollVotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PollVotes" PRIMARY KEY AUTOINCREMENT,
    "PollId" INTEGER NOT NULL,
    "OptionId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "VotedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PollVotes_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PollVotes_PollOptions_OptionId" FOREIGN KEY ("OptionId") REFERENCES "PollOptions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PollVotes_Polls_PollId" FOREIGN KEY ("PollId") REFERENCES "Polls" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_ActivityEntries_GroupId_OccurredAt" ON "ActivityEntries" ("GroupId", "OccurredAt");

CREATE INDEX "IX_ActivityEntries_Kind_OccurredAt" ON "ActivityEntries" ("Kind", "OccurredAt");

CREATE INDEX "IX_ActivityEntries_MemberId_OccurredAt" ON "ActivityEntries" ("MemberId", "OccurredAt");

CREATE INDEX "IX_ActivityEntries_OccurredAt" ON "ActivityEntries" ("OccurredAt");

CREATE INDEX "IX_ActivityEntries_PostId" ON "ActivityEntries" ("PostId");

CREATE UNIQUE INDEX "IX_Badges_Code" ON "Badges" ("Code");

CREATE INDEX "IX_Comments_AuthorId_CreatedAt" ON "Comments" ("AuthorId", "CreatedAt");

CREATE INDEX "IX_Comments_ParentCommentId" ON "Comments" ("ParentCommentId");

CREATE INDEX "IX_Comments_PostId_CreatedAt" ON "Comments" ("PostId", "CreatedAt");

CREATE UNIQUE INDEX "IX_EventRegistrations_EventId_MemberId" ON "EventRegistrations" ("EventId", "MemberId");

CREATE INDEX "IX_EventRegistrations_EventId_Status_RegisteredAt" ON "EventRegistrations" ("EventId", "Status", "RegisteredAt");

CREATE INDEX "IX_EventRegistrations_MemberId" ON "EventRegistrations" ("MemberId");

CREATE INDEX "IX_Events_GroupId_StartsAt" ON "Events" ("GroupId", "StartsAt");

CREATE INDEX "IX_Events_OrganizerId" ON "Events" ("OrganizerId");

CREATE INDEX "IX_Events_StartsAt" ON "Events" ("StartsAt");

CREATE INDEX "IX_Follows_FolloweeId" ON "Follows" ("FolloweeId");

CREATE INDEX "IX_GroupMemberships_MemberId" ON "GroupMemberships" ("MemberId");

CREATE INDEX "IX_Groups_CreatedById" ON "Groups" ("CreatedById");

CREATE UNIQUE INDEX "IX_Groups_Name" ON "Groups" ("Name");

CREATE INDEX "IX_MemberBadges_BadgeId" ON "MemberBadges" ("BadgeId");

CREATE INDEX "IX_MemberBadges_MemberId_AwardedAt" ON "MemberBadges" ("MemberId", "AwardedAt");

CREATE INDEX "IX_MemberBadges_PraiseId" ON "MemberBadges" ("PraiseId");

CREATE INDEX "IX_Members_Department" ON "Members" ("Department");

CREATE UNIQUE INDEX "IX_Members_Email" ON "Members" ("Email");

CREATE UNIQUE INDEX "IX_Members_ExternalId" ON "Members" ("ExternalId");

CREATE UNIQUE INDEX "IX_Members_Handle" ON "Members" ("Handle");

CREATE INDEX "IX_Notifications_ActorId" ON "Notifications" ("ActorId");

CREATE INDEX "IX_Notifications_EventId" ON "Notifications" ("EventId");

CREATE INDEX "IX_Notifications_PostId" ON "Notifications" ("PostId");

CREATE INDEX "IX_Notifications_RecipientId_CreatedAt" ON "Notifications" ("RecipientId", "CreatedAt");

CREATE INDEX "IX_PointsEntries_MemberId_OccurredAt" ON "PointsEntries" ("MemberId", "OccurredAt");

CREATE INDEX "IX_PointsEntries_OccurredAt" ON "PointsEntries" ("OccurredAt");

CREATE INDEX "IX_PollOptions_PollId" ON "PollOptions" ("PollId");

CREATE UNIQUE INDEX "IX_Polls_PostId" ON "Polls" ("PostId");

CREATE INDEX "IX_PollVotes_MemberId" ON "PollVotes" ("MemberId");

CREATE INDEX "IX_PollVotes_OptionId" ON "PollVotes" ("OptionId");

CREATE UNIQUE INDEX "IX_PollVotes_PollId_MemberId" ON "PollVotes" ("PollId", "MemberId");

CREATE INDEX "IX_PostAttachments_PostId" ON "PostAttachments" ("PostId");

CREATE INDEX "IX_PostMentions_MemberId" ON "PostMentions" ("MemberId");

CREATE INDEX "IX_Posts_AuthorId_PublishedAt" ON "Posts" ("AuthorId", "PublishedAt");

CREATE INDEX "IX_Posts_GroupId_PublishedAt" ON "Posts" ("GroupId", "PublishedAt");

CREATE INDEX "IX_Posts_Kind_PublishedAt" ON "Posts" ("Kind", "PublishedAt");

CREATE INDEX "IX_Posts_PublishedAt" ON "Posts" ("PublishedAt");

CREATE INDEX "IX_PostTopics_TopicId" ON "PostTopics" ("TopicId");

CREATE INDEX "IX_PostViews_MemberId_ViewedAt" ON "PostViews" ("MemberId", "ViewedAt");

CREATE INDEX "IX_PostViews_PostId_MemberId" ON "PostViews" ("PostId", "MemberId");

CREATE INDEX "IX_PostViews_ViewedAt" ON "PostViews" ("ViewedAt");

CREATE INDEX "IX_PraiseRecipients_MemberId" ON "PraiseRecipients" ("MemberId");

CREATE INDEX "IX_Praises_BadgeId" ON "Praises" ("BadgeId");

CREATE INDEX "IX_Praises_GiverId_CreatedAt" ON "Praises" ("GiverId", "CreatedAt");

CREATE UNIQUE INDEX "IX_Praises_PostId" ON "Praises" ("PostId");

CREATE UNIQUE INDEX "IX_Reactions_Comment_Member" ON "Reactions" ("CommentId", "MemberId") WHERE "CommentId" IS NOT NULL;

CREATE INDEX "IX_Reactions_MemberId_CreatedAt" ON "Reactions" ("MemberId", "CreatedAt");

CREATE UNIQUE INDEX "IX_Reactions_Post_Member" ON "Reactions" ("PostId", "MemberId") WHERE "CommentId" IS NULL;

CREATE INDEX "IX_Reports_CommentId" ON "Reports" ("CommentId");

CREATE INDEX "IX_Reports_PostId" ON "Reports" ("PostId");

CREATE INDEX "IX_Reports_ReporterId" ON "Reports" ("ReporterId");

CREATE INDEX "IX_Reports_ResolvedById" ON "Reports" ("ResolvedById");

CREATE INDEX "IX_Reports_Status_CreatedAt" ON "Reports" ("Status", "CreatedAt");

CREATE UNIQUE INDEX "IX_Topics_Name" ON "Topics" ("Name");

-- The activity log and the points ledger are history: rows are added, never changed.
CREATE TRIGGER "TR_ActivityEntries_AppendOnly_Update" BEFORE UPDATE ON "ActivityEntries"
BEGIN SELECT RAISE(ABORT, 'ActivityEntries is append-only'); END;

CREATE TRIGGER "TR_ActivityEntries_AppendOnly_Delete" BEFORE DELETE ON "ActivityEntries"
BEGIN SELECT RAISE(ABORT, 'ActivityEntries is append-only'); END;

CREATE TRIGGER "TR_PointsEntries_AppendOnly_Update" BEFORE UPDATE ON "PointsEntries"
BEGIN SELECT RAISE(ABORT, 'PointsEntries is append-only'); END;

CREATE TRIGGER "TR_PointsEntries_AppendOnly_Delete" BEFORE DELETE ON "PointsEntries"
BEGIN SELECT RAISE(ABORT, 'PointsEntries is append-only'); END;
