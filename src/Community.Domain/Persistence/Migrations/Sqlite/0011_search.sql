-- Search: one FTS5 table per searchable kind, holding its own copy of the searched text (so a
-- member's skills are indexed as words, not as the JSON the Members table stores), kept current by
-- triggers on insert, update and delete. The tokenizer splits on anything but letters, digits and
-- marks, folds case and keeps diacritics, as PostgreSQL's 'simple' configuration does. The rowid
-- of each row is the id of the post, member, group or event it indexes. Visibility is not indexed:
-- queries join the matches with what the viewer may see.
CREATE VIRTUAL TABLE "SearchPosts" USING fts5("Title", "Body", tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE "SearchMembers" USING fts5("DisplayName", "Handle", "Title", "Department", "Skills", tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE "SearchGroups" USING fts5("Name", "Description", tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE "SearchEvents" USING fts5("Title", "Description", "Location", tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER "SearchPosts_Insert" AFTER INSERT ON "Posts" BEGIN
    INSERT INTO "SearchPosts" (rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
END;
CREATE TRIGGER "SearchPosts_Update" AFTER UPDATE OF "Title", "Body" ON "Posts" BEGIN
    DELETE FROM "SearchPosts" WHERE rowid = old."Id";
    INSERT INTO "SearchPosts" (rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
END;
CREATE TRIGGER "SearchPosts_Delete" AFTER DELETE ON "Posts" BEGIN
    DELETE FROM "SearchPosts" WHERE rowid = old."Id";
END;

CREATE TRIGGER "SearchMembers_Insert" AFTER INSERT ON "Members" BEGIN
    INSERT INTO "SearchMembers" (rowid, "DisplayName", "Handle", "Title", "Department", "Skills")
    VALUES (new."Id", new."DisplayName", new."Handle", new."Title", new."Department",
        (SELECT group_concat(value, ' ') FROM json_each(new."Skills")));
END;
CREATE TRIGGER "SearchMembers_Update" AFTER UPDATE OF "DisplayName", "Handle", "Title", "Department", "Skills" ON "Members" BEGIN
    DELETE FROM "SearchMembers" WHERE rowid = old."Id";
    INSERT INTO "SearchMembers" (rowid, "DisplayName", "Handle", "Title", "Department", "Skills")
    VALUES (new."Id", new."DisplayName", new."Handle", new."Title", new."Department",
        (SELECT group_concat(value, ' ') FROM json_each(new."Skills")));
END;
CREATE TRIGGER "SearchMembers_Delete" AFTER DELETE ON "Members" BEGIN
    DELETE FROM "SearchMembers" WHERE rowid = old."Id";
END;

CREATE TRIGGER "SearchGroups_Insert" AFTER INSERT ON "Groups" BEGIN
    INSERT INTO "SearchGroups" (rowid, "Name", "Description") VALUES (new."Id", new."Name", new."Description");
END;
CREATE TRIGGER "SearchGroups_Update" AFTER UPDATE OF "Name", "Description" ON "Groups" BEGIN
    DELETE FROM "SearchGroups" WHERE rowid = old."Id";
    INSERT INTO "SearchGroups" (rowid, "Name", "Description") VALUES (new."Id", new."Name", new."Description");
END;
CREATE TRIGGER "SearchGroups_Delete" AFTER DELETE ON "Groups" BEGIN
    DELETE FROM "SearchGroups" WHERE rowid = old."Id";
END;

CREATE TRIGGER "SearchEvents_Insert" AFTER INSERT ON "Events" BEGIN
    INSERT INTO "SearchEvents" (rowid, "Title", "Description", "Location") VALUES (new."Id", new."Title", new."Description", new."Location");
END;
CREATE TRIGGER "SearchEvents_Update" AFTER UPDATE OF "Title", "Description", "Location" ON "Events" BEGIN
    DELETE FROM "SearchEvents" WHERE rowid = old."Id";
    INSERT INTO "SearchEvents" (rowid, "Title", "Description", "Location") VALUES (new."Id", new."Title", new."Description", new."Location");
END;
CREATE TRIGGER "SearchEvents_Delete" AFTER DELETE ON "Events" BEGIN
    DELETE FROM "SearchEvents" WHERE rowid = old."Id";
END;

-- The rows written before this version.
INSERT INTO "SearchPosts" (rowid, "Title", "Body") SELECT "Id", "Title", "Body" FROM "Posts";
INSERT INTO "SearchMembers" (rowid, "DisplayName", "Handle", "Title", "Department", "Skills")
    SELECT "Id", "DisplayName", "Handle", "Title", "Department", (SELECT group_concat(value, ' ') FROM json_each("Skills")) FROM "Members";
INSERT INTO "SearchGroups" (rowid, "Name", "Description") SELECT "Id", "Name", "Description" FROM "Groups";
INSERT INTO "SearchEvents" (rowid, "Title", "Description", "Location") SELECT "Id", "Title", "Description", "Location" FROM "Events";
