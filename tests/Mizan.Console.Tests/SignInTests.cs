using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Data.Keys;

namespace Mizan.Console.Tests;

public sealed class SignInTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task SignIn_RightPassword_IssuesSecureHttpOnlySameSiteSession()
    {
        factory.User("sign-in-ok", Roles.Moderator);
        using var client = ConsoleClient.For(factory);

        var response = await client.SignInAsync("SIGN-IN-OK", ConsoleAppFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        string cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-mizan-session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        string settings = await client.PageAsync("/settings");
        Assert.Contains("sign-in-ok", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsolePages_CarryTheSecurityHeaders_TheApiDoesNot()
    {
        factory.User("headers-mod", Roles.Moderator);
        using var client = ConsoleClient.For(factory);
        await client.SignInAsync("headers-mod", ConsoleAppFactory.Password);

        foreach (string path in new[] { "/signin", "/queue", "/console/console.js" })
        {
            var response = await client.GetAsync(path);
            string policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        var api = await factory.ClientFor(Roles.Moderator).GetAsync("/v1/banks", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownName_SameRefusal_NoSession()
    {
        factory.User("sign-in-wrong", Roles.Moderator);
        using var client = ConsoleClient.For(factory);

        var wrong = await client.SignInAsync("sign-in-wrong", "not the password at all");
        var unknown = await client.SignInAsync("nobody-of-that-name", "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("Wrong name or password.", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Wrong name or password.", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-mizan-session=", StringComparison.Ordinal)));
        var queue = await client.Http.GetAsync("/settings", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("https://localhost/signin", queue.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LockTheAccount_EvenForTheRightPassword_AndAreAudited()
    {
        var user = factory.User("sign-in-lock", Roles.Moderator);
        using var client = ConsoleClient.For(factory);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync("sign-in-lock", "guess number " + i)).StatusCode);
        }

        var right = await client.SignInAsync("sign-in-lock", ConsoleAppFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked until", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var events = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>()
            .ListAsync(new AuditQuery(SubjectType: "user", SubjectId: user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action: "user.locked_out"), CancellationToken.None));
        Assert.Single(events);
    }

    [Fact]
    public async Task ApiRoutes_DoNotAcceptTheSessionCookie_AndPagesDoNotAcceptKeys()
    {
        using var client = await factory.SignedInAsync("cookie-admin", Roles.Admin);

        var api = await client.Http.GetAsync("/v1/banks", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        using var keyed = ConsoleClient.For(factory);
        keyed.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.KeyFor(Roles.Admin));
        var page = await keyed.Http.GetAsync("/users", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/signin", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await keyed.Http.GetAsync("/v1/banks", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirOpenSession()
    {
        var user = factory.User("sign-in-disabled", Roles.Moderator);
        using var client = await factory.SignedInAsync("sign-in-disabled", Roles.Moderator);
        await client.PageAsync("/settings");

        await factory.WithAsync(sp => sp.GetRequiredService<UserService>().SetDisabledAsync(user.Id, true, AuditActor.System("test"), "left", CancellationToken.None));

        var after = await client.Http.GetAsync("/settings", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/signin", after.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ConsoleClient.For(factory).SignInAsync("sign-in-disabled", ConsoleAppFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task UsersPage_AdminCreatesAUser_WhoCanSignIn_CreationAuditedAsTheAdmin()
    {
        var admin = factory.User("users-admin", Roles.Admin);
        using var client = await factory.SignedInAsync("users-admin", Roles.Admin);
        string token = await client.TokenAsync("/users");

        var created = await client.PostAsync("/users?handler=Create", token,
            ("name", "made-in-console"), ("role", Roles.AppealsReviewer), ("organisationId", "1"), ("language", "ar"), ("password", "another long test password"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("made-in-console", await client.PageAsync("/users"), StringComparison.Ordinal);
        using var newcomer = ConsoleClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.SignInAsync("made-in-console", "another long test password")).StatusCode);
        var events = await factory.WithAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(new AuditQuery(Action: "user.created", Limit: 1000), CancellationToken.None));
        Assert.Contains(events, e => e.ActorName == $"user:{admin.Id}:users-admin" && e.After?.GetProperty("name").GetString() == "made-in-console");
    }

    [Fact]
    public async Task UsersPage_ShortPassword_IsRefusedWithAMessage_NothingCreated()
    {
        using var client = await factory.SignedInAsync("users-admin-2", Roles.Admin);
        string token = await client.TokenAsync("/users");

        var response = await client.PostAsync("/users?handler=Create", token,
            ("name", "too-short"), ("role", Roles.Moderator), ("organisationId", "1"), ("language", "en"), ("password", "short"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string page = await client.PageAsync("/users");
        Assert.Contains("A password needs 12-1024 characters.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<bdi>too-short</bdi>", page, StringComparison.Ordinal);
    }
}
