using Mizan.Data;
using Mizan.Data.Keys;
using Mizan.Data.Matching;
using Mizan.Data.Moderation;
using Mizan.Data.Moderation.Policy;

namespace Mizan.Server;

/// <summary>
/// Before the server accepts requests: apply migrations to the embedded database, create and print the first
/// admin key if there is none, and load the match indexes in bulk.
/// </summary>
internal sealed partial class StartupService(IServiceProvider services, ILogger<StartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Text matching depends on the runtime's Unicode normalisation; refuse to start without it.
        Mizan.Core.Text.TextNormalizer.VerifyUnicodeSupport();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MizanDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var applied = await DatabaseMigrator.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        if (applied.Count > 0)
        {
            LogMigrated(logger, applied.Count, options.Provider);
        }

        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        if (!await keys.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = await keys.CreateAsync("bootstrap admin", Roles.Admin, Mizan.Data.Organisations.OrganisationService.DefaultId, Mizan.Data.Audit.AuditActor.System("startup"), cancellationToken).ConfigureAwait(false);
            // Printed once to standard output, never logged: this is the only time the secret exists in clear.
            Console.Out.WriteLine();
            Console.Out.WriteLine("  First start: an admin API key was created. It is shown only this once; keep it safe.");
            Console.Out.WriteLine($"  MIZAN_KEY={key.Key}");
            Console.Out.WriteLine();
            Console.Out.Flush();
        }

        // Configuration changes between starts (thresholds, limits) are audited like changes made through the API.
        var settings = new
        {
            matching = scope.ServiceProvider.GetRequiredService<MatchOptions>(),
            limits = scope.ServiceProvider.GetRequiredService<LimitsOptions>(),
            webhooks = scope.ServiceProvider.GetRequiredService<Mizan.Data.Webhooks.WebhookOptions>(),
        };
        await scope.ServiceProvider.GetRequiredService<Mizan.Data.Audit.AuditReader>().RecordSettingsAsync(
            scope.ServiceProvider.GetRequiredService<Mizan.Data.Audit.AuditLog>(), "server", settings, Mizan.Data.Audit.AuditActor.System("startup"), cancellationToken).ConfigureAwait(false);

        var policyFile = scope.ServiceProvider.GetRequiredService<PolicyFile>();
        if (policyFile.Policy is { } filePolicy)
        {
            int version = await scope.ServiceProvider.GetRequiredService<PolicyService>()
                .SetAsync(filePolicy.ToJson(), ModerationActor.System("policy-file", Mizan.Data.Organisations.OrganisationService.DefaultId), "Policy:File " + policyFile.Path, cancellationToken).ConfigureAwait(false);
            LogPolicyLoaded(logger, policyFile.Path!, version);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var indexes = scope.ServiceProvider.GetRequiredService<MatchIndexes>();
        await indexes.EnsureLoadedAsync(db, cancellationToken).ConfigureAwait(false);
        scope.ServiceProvider.GetRequiredService<Mizan.Data.Observability.MizanMetrics>().IndexRefreshed();
        LogIndexesLoaded(logger, indexes.PdqCount, indexes.ExactCount, indexes.TextCount, indexes.UrlCount, started.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Applied {Count} migration(s) to the {Provider} database")]
    private static partial void LogMigrated(ILogger logger, int count, string provider);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Policy loaded from {Path} (version {Version})")]
    private static partial void LogPolicyLoaded(ILogger logger, string path, int version);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Match indexes loaded: {Pdq} PDQ hashes, {Exact} exact hashes, {Text} texts and {Url} URLs in {Milliseconds} ms")]
    private static partial void LogIndexesLoaded(ILogger logger, int pdq, int exact, int text, int url, long milliseconds);
}
