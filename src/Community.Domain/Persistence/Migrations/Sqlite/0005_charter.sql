-- Version 5: the community charter, published by admins in numbered versions, and each member's
-- acceptance of a version (one per member and version).
CREATE TABLE "Charters" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Charters" PRIMARY KEY AUTOINCREMENT,
    "Version" INTEGER NOT NULL,
    "Body" TEXT NOT NULL,
    "PublishedById" INTEGER NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Charters_Members_PublishedById" FOREIGN KEY ("PublishedById") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Charters_PublishedById" ON "Charters" ("PublishedById");
CREATE UNIQUE INDEX "IX_Charters_Version" ON "Charters" ("Version");

CREATE TABLE "CharterAcceptances" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CharterAcceptances" PRIMARY KEY AUTOINCREMENT,
    "MemberId" INTEGER NOT NULL,
    "CharterVersion" INTEGER NOT NULL,
    "AcceptedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CharterAcceptances_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CharterAcceptances_CharterVersion" ON "CharterAcceptances" ("CharterVersion");
CREATE UNIQUE INDEX "IX_CharterAcceptances_MemberId_CharterVersion" ON "CharterAcceptances" ("MemberId", "CharterVersion");
