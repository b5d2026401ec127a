-- Version 14: the leader flag joins the members' effective-dated states, so the leadership figures of a past
-- period follow the members who led then. Existing states take the flag each member has now.
ALTER TABLE "MemberStates" ADD COLUMN "IsLeader" boolean NOT NULL DEFAULT false;
UPDATE "MemberStates" s SET "IsLeader" = m."IsLeader" FROM "Members" m WHERE m."Id" = s."MemberId" AND m."IsLeader";
