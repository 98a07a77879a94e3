using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Mizan.Core;
using Mizan.Data.Banks;
using Mizan.Data.Keys;
using Mizan.Data.Legal;
using Mizan.Data.Matching;
using Mizan.Data.Moderation;

namespace Mizan.Data;

/// <summary>Registers the store and the services built on it.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds the database context for the configured provider and Mizan's data services.</summary>
    public static IServiceCollection AddMizanData(
        this IServiceCollection services, DatabaseOptions options, MatchOptions? matchOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        matchOptions ??= new MatchOptions();
        matchOptions.Validate();
        services.AddSingleton(options);
        services.AddSingleton(matchOptions);
        options.Validate();
        if (options.IsPostgres)
        {
            string connectionString = PostgresConnectionString(options);
            services.AddDbContext<PostgresMizanDbContext>(o => o.UseNpgsql(connectionString));
            services.AddScoped<MizanDbContext>(sp => sp.GetRequiredService<PostgresMizanDbContext>());
        }
        else
        {
            string connectionString = SqliteConnectionString(options);
            services.AddDbContext<SqliteMizanDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmaInterceptor())
                // SQLite cannot add a foreign key in place, so some migrations rebuild a table between
                // "PRAGMA foreign_keys = 0/1", which SQLite refuses inside a transaction. EF warns about it on every new
                // database; it is expected here, so it is logged at Debug rather than shown at every first start.
                .ConfigureWarnings(w => w.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning,
                    Microsoft.Extensions.Logging.LogLevel.Debug))));
            services.AddScoped<MizanDbContext>(sp => sp.GetRequiredService<SqliteMizanDbContext>());
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MatchIndexes>();
        services.AddSingleton<Observability.MizanMetrics>();
        services.AddScoped<BankService>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<Matcher>();
        services.AddScoped<Background.BackgroundTextService>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<Webhooks.WebhookOutbox>();
        services.AddScoped<Organisations.OrganisationService>();
        services.AddScoped<Audit.AuditReader>();
        services.TryAddSingleton(new Accounts.AccountOptions());
        services.AddScoped<Accounts.UserService>();
        services.AddModeration();
        services.AddLegal();
        services.TryAddSingleton(new Webhooks.WebhookOptions());
        services.AddScoped<Webhooks.WebhookSubscriptionService>();
        services.AddScoped<Webhooks.WebhookDeliveryStore>();
        return services;
    }

    /// <summary>The PostgreSQL connection string, checked for syntax (an unknown keyword is a configuration error).</summary>
    public static string PostgresConnectionString(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return options.ConnectionString!;
        }
        catch (ArgumentException ex)
        {
            throw new MizanException(
                ErrorCodes.InvalidConfiguration,
                $"Database:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
    }

    /// <summary>The SQLite connection string for these options, creating the data directory if needed.</summary>
    public static string SqliteConnectionString(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        string dir = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dir);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dir, "mizan.db"),
            Pooling = true,
        }.ToString();
    }
}
