using System.CommandLine;
using Mizan.Data;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan db migrate</c>: apply migrations explicitly (production stores).</summary>
internal static class DbCommand
{
    public static Command Create(CliIO io)
    {
        var migrate = new Command("migrate", "Apply database migrations");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct, migrate: false).ConfigureAwait(false);
            var applied = await DatabaseMigrator.MigrateAsync(services.Get<MizanDbContext>(), ct).ConfigureAwait(false);
            await io.Out.WriteLineAsync(applied.Count == 0
                ? "The database is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        var db = new Command("db", "Database administration");
        db.Subcommands.Add(migrate);
        return db;
    }
}
