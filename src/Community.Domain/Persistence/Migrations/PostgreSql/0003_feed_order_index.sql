-- Version 3: feeds order pinned posts first, then newest first; this index serves that order, so
-- a feed page reads the posts it shows instead of sorting every readable post.
CREATE INDEX "IX_Posts_IsPinned_PublishedAt" ON "Posts" ("IsPinned", "PublishedAt");
