-- Version 2: satisfaction surveys with their responses, and the time zone events are announced in.
-- Existing events were all announced in UTC.
ALTER TABLE "Events" ADD COLUMN "TimeZone" TEXT NOT NULL DEFAULT 'UTC';

CREATE TABLE "Surveys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Surveys" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Question" TEXT NOT NULL,
    "GroupId" INTEGER NULL,
    "CreatedById" INTEGER NOT NULL,
    "OpensAt" TEXT NOT NULL,
    "ClosesAt" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Surveys_Groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "Groups" ("Id"),
    CONSTRAINT "FK_Surveys_Members_CreatedById" FOREIGN KEY ("CreatedById") REFERENCES "Members" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SurveyResponses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SurveyResponses" PRIMARY KEY AUTOINCREMENT,
    "SurveyId" INTEGER NOT NULL,
    "MemberId" INTEGER NOT NULL,
    "Score" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "SubmittedAt" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyResponses_Members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "Members" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyResponses_Surveys_SurveyId" FOREIGN KEY ("SurveyId") REFERENCES "Surveys" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_SurveyResponses_MemberId" ON "SurveyResponses" ("MemberId");

CREATE UNIQUE INDEX "IX_SurveyResponses_SurveyId_MemberId" ON "SurveyResponses" ("SurveyId", "MemberId");

CREATE INDEX "IX_Surveys_CreatedById" ON "Surveys" ("CreatedById");

CREATE INDEX "IX_Surveys_GroupId" ON "Surveys" ("GroupId");
