-- Version 8: the transactional outbox. Community events are written in the same transaction as the
-- change that causes them; dispatchers read them in id order (SQLite's writers take turns, so the
-- id order is the commit order, and AUTOINCREMENT never reuses an id).
CREATE TABLE "OutboxEvents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxEvents" PRIMARY KEY AUTOINCREMENT,
    "Type" TEXT NOT NULL,
    "PostId" INTEGER NULL,
    "CommentId" INTEGER NULL,
    "EventId" INTEGER NULL,
    "NotificationId" INTEGER NULL,
    "MemberId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL
);

-- When a post's PostCreated was recorded: scheduled posts are announced when they come due.
-- Posts already visible at the upgrade count as announced; scheduled ones are announced when due.
ALTER TABLE "Posts" ADD COLUMN "AnnouncedAt" TEXT NULL;
UPDATE "Posts" SET "AnnouncedAt" = "PublishedAt" WHERE "PublishedAt" <= strftime('%Y-%m-%d %H:%M:%f', 'now');
CREATE INDEX "IX_Posts_AnnouncedAt_PublishedAt" ON "Posts" ("AnnouncedAt", "PublishedAt");
