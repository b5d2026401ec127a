-- Search: a stored, generated tsvector column per searchable table, with a GIN index. PostgreSQL
-- computes it on every insert and update (and for the rows already there, as the column is added),
-- so the index is always current. The 'simple' configuration lower-cases words and neither stems
-- them nor drops stop words: it suits the many languages of an intranet, and finds what SQLite's
-- unicode61 tokenizer finds. Weights: A for names and titles, B for skills, handles and locations,
-- C for the longer text. Visibility is not indexed: queries join the matches with what the viewer
-- may see.

-- array_to_string is only STABLE (it formats any element type); on text[] it is immutable, which a
-- generated column requires.
CREATE FUNCTION "SearchSkillsText"(skills text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_string(skills, ' ');

ALTER TABLE "Posts" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', coalesce("Title", '')), 'A')
    || setweight(to_tsvector('simple', "Body"), 'C')) STORED;
CREATE INDEX "IX_Posts_SearchVector" ON "Posts" USING gin ("SearchVector");

ALTER TABLE "Members" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "DisplayName"), 'A')
    || setweight(to_tsvector('simple', "Handle"), 'B')
    || setweight(to_tsvector('simple', coalesce("Title", '')), 'B')
    || setweight(to_tsvector('simple', coalesce("Department", '')), 'C')
    || setweight(to_tsvector('simple', "SearchSkillsText"("Skills")), 'B')) STORED;
CREATE INDEX "IX_Members_SearchVector" ON "Members" USING gin ("SearchVector");

ALTER TABLE "Groups" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "Name"), 'A')
    || setweight(to_tsvector('simple', "Description"), 'C')) STORED;
CREATE INDEX "IX_Groups_SearchVector" ON "Groups" USING gin ("SearchVector");

ALTER TABLE "Events" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "Title"), 'A')
    || setweight(to_tsvector('simple', "Location"), 'B')
    || setweight(to_tsvector('simple', "Description"), 'C')) STORED;
CREATE INDEX "IX_Events_SearchVector" ON "Events" USING gin ("SearchVector");
