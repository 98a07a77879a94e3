using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Mizan.Data;
using Mizan.Data.Matching;
using Mizan.Data.Observability;
using Mizan.Data.Webhooks;
using Mizan.Server.Features.Audit;
using Mizan.Data.Moderation;
using Mizan.Server.Features.Background;
using Mizan.Server.Features.Cases;
using Mizan.Server.Features.Complaints;
using Mizan.Server.Features.DataRequests;
using Mizan.Server.Features.Decisions;
using Mizan.Server.Features.Items;
using Mizan.Server.Features.Me;
using Mizan.Server.Features.Notices;
using Mizan.Server.Features.Policy;
using Mizan.Server.Features.Reports;
using Mizan.Server.Features.PreservationHolds;
using Mizan.Server.Features.Referrals;
using Mizan.Server.Features.RemovalOrders;
using Mizan.Server.Features.Banks;
using Mizan.Server.Features.Health;
using Mizan.Server.Features.Organisations;
using Mizan.Server.Features.Scan;
using Mizan.Server.Features.Webhooks;
using Mizan.Server.Infrastructure;
using Mizan.Server.ReviewConsole;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Mizan.Server;

/// <summary>Builds the Mizan web application: the JSON API under /v1, OpenAPI, health, and the review console at /.</summary>
public static class MizanApp
{
    /// <summary>The address <c>mizan serve</c> listens on unless told otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Creates the application from command-line style arguments and configuration.</summary>
    /// <param name="args">Arguments such as <c>--urls</c> and <c>--Database:DataDirectory=DIR</c>.</param>
    /// <param name="configure">A last chance to change the builder (tests, the CLI).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Quiet framework chatter by default; configuration (Logging:LogLevel:...) can still turn it up.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        configure?.Invoke(builder);
        ConfigureServices(builder.Services, builder.Configuration);

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var matching = configuration.GetSection(MatchOptions.Section).Get<MatchOptions>() ?? new MatchOptions();
        var limits = configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        limits.Validate();
        var moderation = configuration.GetSection(ModerationOptions.Section).Get<ModerationOptions>() ?? new ModerationOptions();
        moderation.Validate();
        services.AddSingleton(moderation);
        var legal = configuration.GetSection(Mizan.Data.Legal.LegalOptions.Section).Get<Mizan.Data.Legal.LegalOptions>() ?? new Mizan.Data.Legal.LegalOptions();
        legal.Validate();
        services.AddSingleton(legal);
        var reports = configuration.GetSection(Mizan.Data.Legal.Reports.ReportOptions.Section).Get<Mizan.Data.Legal.Reports.ReportOptions>() ?? new Mizan.Data.Legal.Reports.ReportOptions();
        reports.Validate();
        services.AddSingleton(reports);
        services.AddSingleton(Mizan.Data.Moderation.Policy.PolicyFile.Load(configuration["Policy:File"]));
        var webhooks = configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions();
        webhooks.Validate();

        services.AddSingleton(webhooks);
        services.AddMizanData(database, matching);
        services.AddSingleton(limits);
        services.AddHostedService<StartupService>();
        services.AddHostedService<IndexRefreshService>();
        services.AddHostedService<QueueDepthSampler>();
        services.AddHostedService<PreservationExpiryService>();
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("mizan"))
            .WithMetrics(m => m
                .AddMeter(MizanMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        services.AddHostedService<Webhooks.WebhookDeliveryService>();
        services.AddHostedService<Legal.DeadlineWatchService>();
        services.AddHttpClient(Webhooks.WebhookDeliveryService.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(webhooks.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(webhooks.TimeoutSeconds),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxRequestBytes);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = limits.MaxRequestBytes + 1);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new Infrastructure.UtcDateTimeJsonConverter());
        });
        var accounts = configuration.GetSection(Mizan.Data.Accounts.AccountOptions.Section).Get<Mizan.Data.Accounts.AccountOptions>() ?? new Mizan.Data.Accounts.AccountOptions();
        accounts.Validate();
        services.AddSingleton(accounts);
        var oidc = configuration.GetSection(ReviewConsole.ConsoleOidcOptions.Section).Get<ReviewConsole.ConsoleOidcOptions>() ?? new ReviewConsole.ConsoleOidcOptions();
        oidc.Validate();
        services.AddSingleton(oidc);
        // The API key stays the default scheme: /v1 never reads the console's session cookie (see ConsoleAuth).
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddConsoleCookie()
            .AddConsoleOidc(oidc);
        services.AddAuthorization(o =>
        {
            Policies.Add(o);
            ConsolePolicies.Add(o);
        });
        services.AddReviewConsole();
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!http.Response.HasStarted && http.Response.ContentLength is null)
            {
                string code = http.Response.StatusCode switch
                {
                    404 => Mizan.Core.ErrorCodes.NotFound,
                    405 => "method_not_allowed",
                    415 => "unsupported_media_type",
                    _ => "http_" + http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                await Problems.WriteAsync(http, http.Response.StatusCode, code, ReasonPhrase(http.Response.StatusCode), null).ConfigureAwait(false);
            }
        });
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseConsoleLocalization();
        app.UseConsoleSecurityHeaders();

        app.MapOpenApi().AllowAnonymous();
        // Prometheus text exposition of every metric; no key, like /health, so a scraper needs no secret.
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapHealthApi();
        var v1 = app.MapGroup("/v1");
        v1.MapScanApi();
        v1.MapBanksApi();
        v1.MapBackgroundTextsApi();
        v1.MapOrganisationsApi();
        v1.MapAuditApi();
        v1.MapItemsApi();
        v1.MapPolicyApi();
        v1.MapNoticesApi();
        v1.MapCasesApi();
        v1.MapDecisionsApi();
        v1.MapComplaintsApi();
        v1.MapSettingsApi();
        v1.MapWebhooksApi();
        v1.MapReportsApi();
        v1.MapReferralsApi();
        v1.MapPreservationHoldsApi();
        v1.MapDataRequestsApi();
        v1.MapRemovalOrdersApi();
        app.MapReviewConsole();
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
