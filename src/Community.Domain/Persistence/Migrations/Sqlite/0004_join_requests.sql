-- Version 4: requests to join a group a member may see but not join by themself (a private group),
-- one per member and group, decided by its owners and moderators.
CREATE TABLE "GroupJoinRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_GroupJoinRequests" PRIMARY KEY AUTOINCREMENT,
    "GroupId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedById" INTEGER NULL,
    CONSTRAINT "FK_GroupJoinRequests_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GroupJoinRequests_Members_DecidedById" FOREIGN KEY ("DecidedById") REFERENCES "Members" ("Id"),
    CONSTRAINT "FK_GroupJoinRequests_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_GroupJoinRequests_DecidedById" ON "GroupJoinRequests" ("DecidedById");
CREATE UNIQUE INDEX "IX_GroupJoinRequests_GroupId_MemberId" ON "GroupJoinRequests" ("GroupId", "MemberId");
CREATE INDEX "IX_GroupJoinRequests_GroupId_Status_RequestedAt" ON "GroupJoinRequests" ("GroupId", "Status", "RequestedAt");
CREATE INDEX "IX_GroupJoinRequests_MemberId" ON "GroupJoinRequests" ("MemberId");
