using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Organisations;
using Mizan.Tests.Shared;

namespace Mizan.Data.Tests.Moderation;

/// <summary>The migration that indexes items for prior-decision lookups fills the text hash of items already stored.</summary>
public sealed class PriorDecisionLookupMigrationTests
{
    private static readonly CancellationToken s_ct = CancellationToken.None;

    [Fact]
    public async Task Migrate_ItemsStoredBefore_GetTheSha256OfTheirTextAsNewItemsDo()
    {
        using var dir = new TempDirectory();
        using var database = TestDatabase.Create();
        var services = new ServiceCollection();
        services.AddMizanData(database.Options(dir.Path));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var migrator = db.GetService<IMigrator>();
        string[] migrations = [.. db.Database.GetMigrations()];
        int index = Array.FindIndex(migrations, m => m.EndsWith("_PriorDecisionLookup", StringComparison.Ordinal));
        Assert.True(index > 0, "no PriorDecisionLookup migration");
        await migrator.MigrateAsync(migrations[index - 1], s_ct);

        // Test data: a neutral sentence with Arabic, Latin and an accent, and an item without text.
        const string Text = "نص تجريبي للاختبار — test data, café.";
        await InsertItemAsync(db, "with-text", Text);
        await InsertItemAsync(db, "without-text", null);
        await DatabaseMigrator.MigrateAsync(db, s_ct);

        var items = await db.ContentItems.AsNoTracking().OrderBy(i => i.ExternalId)
            .Select(i => new { i.ExternalId, i.TextSha256 }).ToListAsync(s_ct);
        Assert.Equal(
            [("with-text", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)))), ("without-text", (string?)null)],
            items.Select(i => (i.ExternalId, i.TextSha256)));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static Task<int> InsertItemAsync(MizanDbContext db, string externalId, string? text)
    {
        // Written as the schema before the migration stood, so not through the entity (which has the new column).
        object restrictedIn = db.Database.IsNpgsql() ? Array.Empty<string>() : "[]";
        DateTime now = DateTime.UtcNow;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO content_items ("OrganisationId", "ExternalId", "Puid", "SubmissionHash", "ContentType", "Text", "Visibility", "State", "RestrictedIn", "NoticeCount", "CreatedAt", "UpdatedAt")
            VALUES ({OrganisationService.DefaultId}, {externalId}, {"puid-" + externalId}, {"h"}, {"text"}, {text}, {"public"}, {"live"}, {restrictedIn}, {0}, {now}, {now})
            """,
            s_ct);
    }
}
