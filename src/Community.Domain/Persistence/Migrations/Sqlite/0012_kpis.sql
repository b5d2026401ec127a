-- KPIs: members flagged as leaders, whose posts, comments and reach the leadership figures follow.
ALTER TABLE "Members" ADD COLUMN "IsLeader" INTEGER NOT NULL DEFAULT 0;

