using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Mizan.Data.Moderation.Items;

namespace Mizan.Server.ReviewConsole;

/// <summary>The review console: Razor Pages under ReviewConsole/Pages, served at <c>/</c> by the same server as the API.</summary>
internal static class ConsoleSetup
{
    private static readonly string[] s_uiCultures = ["en", "ar"];

    public static void AddReviewConsole(this IServiceCollection services)
    {
        services.AddLocalization();
        // Arabic and other scripts are written as characters, not as numeric entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/ReviewConsole/Pages";
            o.Conventions.AuthorizeFolder("/", ConsolePolicies.SignedIn);
            o.Conventions.AllowAnonymousToPage("/SignIn");
        }).ConfigureApplicationPartManager(parts =>
        {
            // The pages are compiled into this assembly; the host's entry assembly may be another one (mizan serve
            // runs from the CLI's), so name this assembly as a part unless the host already did.
            var assembly = typeof(ConsoleSetup).Assembly;
            if (!parts.ApplicationParts.Any(p => string.Equals(p.Name, assembly.GetName().Name, StringComparison.Ordinal)))
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        services.AddAntiforgery(o =>
        {
            // Secure when the request is (antiforgery refuses to work at all over plain HTTP with "Always", and a
            // server on 127.0.0.1 or behind a TLS proxy sees plain HTTP); the session cookie itself is always Secure.
            o.Cookie.Name = "mizan-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
    }

    /// <summary>The interface language: the signed-in user's choice, else <c>?lang=</c>, else the browser's.</summary>
    public static void UseConsoleLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en", "en"),
            SupportedCultures = [new CultureInfo("en")],
            SupportedUICultures = [.. s_uiCultures.Select(c => new CultureInfo(c))],
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(
                context.User.HasConsoleUser() ? new ProviderCultureResult("en", context.User.ConsoleUser().Language) : null)),
            new CustomRequestCultureProvider(context => Task.FromResult(
                context.Request.Query["lang"].ToString() is { Length: > 0 } lang && s_uiCultures.Contains(lang, StringComparer.Ordinal)
                    ? new ProviderCultureResult("en", lang) : null)),
            new CustomRequestCultureProvider(context => Task.FromResult(
                context.Request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("ar", StringComparison.OrdinalIgnoreCase)
                    ? new ProviderCultureResult("en", "ar") : null)),
        ];
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase), b => b.UseRequestLocalization(options));
    }

    /// <summary>
    /// Security headers on every console response (not on /v1): the console shows content written by strangers, so
    /// besides encoding everything it renders, the browser is told to run scripts only from the console's own files
    /// (no inline script, no eval), to load nothing from elsewhere, never to frame the console, and to post forms only
    /// back to it. Inline style attributes stay allowed (they cannot run code).
    /// </summary>
    public static void UseConsoleSecurityHeaders(this IApplicationBuilder app) =>
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase), b => b.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            return next(context);
        }));

    public static void MapReviewConsole(this WebApplication app)
    {
        app.MapRazorPages().WithMetadata(ConsoleEndpoint.Marker);
        MapAsset(app, "console.css", "text/css; charset=utf-8");
        MapAsset(app, "console.js", "text/javascript; charset=utf-8");

        // The stored image of an item, for the case view; the same rule as GET /v1/items/{id}/media.
        app.MapGet("/console/media/{id:long}", async (long id, ItemService items, HttpContext context, CancellationToken ct) =>
            {
                var (bytes, mediaType) = await items.GetMediaAsync(id, ct).ConfigureAwait(false);
                context.Response.Headers.CacheControl = "private, no-store";
                return Results.File(bytes, mediaType);
            })
            .RequireAuthorization(ConsolePolicies.ItemsMedia)
            .WithMetadata(ConsoleEndpoint.Marker)
            .ExcludeFromDescription();
    }

    private static void MapAsset(WebApplication app, string name, string contentType)
    {
        byte[] bytes = ReadAsset(name);
        string etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + "\"";
        app.MapGet("/console/" + name, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=300";
                context.Response.Headers.ETag = etag;
                return Results.Bytes(bytes, contentType);
            })
            .AllowAnonymous()
            .WithMetadata(ConsoleEndpoint.Marker)
            .ExcludeFromDescription();
    }

    private static byte[] ReadAsset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mizan.Server.ReviewConsole.Assets." + name)
            ?? throw new InvalidOperationException($"The console asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
