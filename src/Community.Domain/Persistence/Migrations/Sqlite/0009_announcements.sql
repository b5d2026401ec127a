-- Must-read announcements: an announcement addressed to groups and departments (no rows: everyone),
-- whether it asks for acknowledgement, and each member's acknowledgement (one per member and post).
ALTER TABLE "Posts" ADD COLUMN "RequiresAcknowledgement" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "AnnouncementAudienceGroups" (
    "PostId" INTEGER NOT NULL,
    "GroupId" INTEGER NOT NULL,
    CONSTRAINT "PK_AnnouncementAudienceGroups" PRIMARY KEY ("PostId", "GroupId"),
    CONSTRAINT "FK_AnnouncementAudienceGroups_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AnnouncementAudienceGroups_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AnnouncementAudienceGroups_GroupId" ON "AnnouncementAudienceGroups" ("GroupId");

CREATE TABLE "AnnouncementAudienceDepartments" (
    "PostId" INTEGER NOT NULL,
    "Department" TEXT NOT NULL,
    CONSTRAINT "PK_AnnouncementAudienceDepartments" PRIMARY KEY ("PostId", "Department"),
    CONSTRAINT "FK_AnnouncementAudienceDepartments_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PostAcknowledgements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PostAcknowledgements" PRIMARY KEY AUTOINCREMENT,
    "PostId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "AcknowledgedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PostAcknowledgements_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PostAcknowledgements_Posts_PostId" FOREIGN KEY ("PostId") REFERENCES "Posts" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_PostAcknowledgements_MemberId" ON "PostAcknowledgements" ("MemberId");
CREATE UNIQUE INDEX "IX_PostAcknowledgements_PostId_MemberId" ON "PostAcknowledgements" ("PostId", "MemberId");
