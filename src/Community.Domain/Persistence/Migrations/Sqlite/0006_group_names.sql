-- Version 6: group names stay unique among groups that are not secret. A secret group's name no longer
-- blocks a group its creator cannot see, so that a refusal never confirms that a secret group exists.
DROP INDEX "IX_Groups_Name";

CREATE UNIQUE INDEX "IX_Groups_Name" ON "Groups" ("Name") WHERE "Visibility" <> 2;
