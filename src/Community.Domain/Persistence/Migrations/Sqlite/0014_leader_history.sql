-- Version 14: the leader flag joins the members' effective-dated states, so the leadership figures of a past
-- period follow the members who led then. Existing states take the flag each member has now.
ALTER TABLE "MemberStates" ADD COLUMN "IsLeader" INTEGER NOT NULL DEFAULT 0;
UPDATE "MemberStates" SET "IsLeader" = (SELECT m."IsLeader" FROM "Members" m WHERE m."Id" = "MemberStates"."MemberId");
