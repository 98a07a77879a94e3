-- Prior decisions on the same content (DecisionService.PriorOnSameContentAsync) at 300,000 items and 200,000
-- decisions on SQLite, timed in one run in its two shapes: comparing texts directly (as before the
-- PriorDecisionLookup migration: the text column has no index, so the OR cannot use any and every decision is read)
-- and comparing the indexed text hash first (as now: four index searches).
--
--   dotnet build src/Mizan.Cli
--   Database__ConnectionString="Data Source=/tmp/prior.db" dotnet src/Mizan.Cli/bin/Debug/net10.0/mizan.dll db migrate
--   sqlite3 /tmp/prior.db < bench/sql/prior-decisions.sql
--
-- The rows are test data: random hex for hashes and a numbered neutral sentence for text. The lookup is for an item
-- whose file and text match nothing, the common case and, without indexes, the slowest.
PRAGMA foreign_keys=OFF;
INSERT INTO organisations(Name, Kind, CreatedAt) VALUES ('prior-decisions test data', 'platform', '2026-01-01');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
INSERT INTO content_items(OrganisationId, ExternalId, Puid, SubmissionHash, ContentType, Text, Visibility, FileSha256,
    FileMd5, FilePdq, TextSha256, State, RestrictedIn, NoticeCount, CreatedAt, UpdatedAt)
SELECT (SELECT max(Id) FROM organisations), 'prior-' || i, 'prior-' || i, 'h', 'text',
    'test data text number ' || i || ' ' || hex(randomblob(200)), 'public', lower(hex(randomblob(32))),
    lower(hex(randomblob(16))), lower(hex(randomblob(32))), lower(hex(randomblob(32))), 'live', '[]', 0,
    '2026-01-01', '2026-01-01'
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
INSERT INTO decisions(ContentItemId, Action, Countries, Ground, GroundReference, Explanation, ExemptionConsidered,
    Category, CategorySpecification, SourceType, AutomatedDetection, AutomatedDecision, DeciderName, DeciderRole, DecidedAt)
SELECT (SELECT max(Id) FROM content_items) - i, 'remove', '[]', 'policy', 'x', 'x', 'x', 'x', 'x', 'x', 0, 'x', 'x', 'x',
    '2026-01-01T00:00:00'
FROM n;
ANALYZE;
.timer on
.print 'texts compared directly:'
SELECT count(*) FROM (SELECT d.Id FROM decisions AS d INNER JOIN content_items AS c ON d.ContentItemId = c.Id
    WHERE c.Id <> 1 AND (c.FileSha256 = 'sha256' OR c.FileMd5 = 'md5' OR c.FilePdq = 'pdq' OR c.Text = 'text')
    ORDER BY d.DecidedAt DESC, d.Id DESC LIMIT 20);
.print 'indexed text hash first:'
SELECT count(*) FROM (SELECT d.Id FROM decisions AS d INNER JOIN content_items AS c ON d.ContentItemId = c.Id
    WHERE c.Id <> 1 AND (c.FileSha256 = 'sha256' OR c.FileMd5 = 'md5' OR c.FilePdq = 'pdq'
        OR (c.TextSha256 = 'textsha256' AND c.Text = 'text'))
    ORDER BY d.DecidedAt DESC, d.Id DESC LIMIT 20);
