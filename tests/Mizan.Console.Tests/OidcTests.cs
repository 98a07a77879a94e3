using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Mizan.Core;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Server.ReviewConsole;

namespace Mizan.Console.Tests;

/// <summary>
/// Single sign-on by OpenID Connect: the console against a small OpenID provider on a real loopback port (discovery,
/// authorization code with PKCE, token endpoint, signed ID token, key set). The provider is the outside party; what is
/// tested is the console's side: the challenge, the code exchange, the token's validation and the mapping of the
/// provider's name to a console account.
/// </summary>
public sealed class OidcTests(OidcTests.Factory factory) : IClassFixture<OidcTests.Factory>
{
    [Fact]
    public async Task ProviderSignIn_OfAnEnabledAccount_GivesItsConsoleSession()
    {
        factory.User("sso-moderator", Roles.Moderator);
        using var client = ConsoleClient.For(factory);
        string signIn = await client.PageAsync("/signin");
        Assert.Contains("id=\"sign-in-external\"", signIn, StringComparison.Ordinal);
        Assert.Contains("Sign in with Test provider", signIn, StringComparison.Ordinal);

        var done = await SignInThroughProviderAsync(client, "sso-moderator", "/banks");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/banks", done.Headers.Location!.OriginalString);
        string banks = await client.PageAsync("/banks");
        Assert.Contains("sso-moderator", banks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit")).StatusCode);
    }

    [Theory]
    [InlineData("sso-stranger", false)]
    [InlineData("sso-disabled", true)]
    public async Task ProviderSignIn_WithoutAnEnabledAccount_IsRefusedWithAMessage(string name, bool disable)
    {
        if (disable)
        {
            var user = factory.User(name, Roles.Moderator);
            await factory.WithAsync(s => s.GetRequiredService<UserService>().SetDisabledAsync(user.Id, true, AuditActor.System("test"), "test", CancellationToken.None));
        }

        using var client = ConsoleClient.For(factory);
        var done = await SignInThroughProviderAsync(client, name, "/queue");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/signin?sso=failed", done.Headers.Location!.OriginalString);
        Assert.Contains("Single sign-on did not sign you in", await client.PageAsync("/signin?sso=failed"), StringComparison.Ordinal);
        var queue = await client.GetAsync("/queue");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("https://localhost/signin", queue.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProviderSignIn_WithATokenSignedByAnotherKey_IsRefused()
    {
        factory.User("sso-forged", Roles.Moderator);
        factory.Provider.SignWithStrangerKey = true;
        try
        {
            using var client = ConsoleClient.For(factory);
            var done = await SignInThroughProviderAsync(client, "sso-forged", "/queue");
            Assert.Equal("/signin?sso=failed", done.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/queue")).StatusCode);
        }
        finally
        {
            factory.Provider.SignWithStrangerKey = false;
        }
    }

    [Fact]
    public void Configuration_Incomplete_OrOverPlainHttp_IsRefusedAtStart()
    {
        Assert.Throws<MizanException>(() => new ConsoleOidcOptions { Authority = "https://id.example", ClientId = "" }.Validate());
        Assert.Throws<MizanException>(() => new ConsoleOidcOptions { Authority = "http://id.example", ClientId = "mizan" }.Validate());
        Assert.Throws<MizanException>(() => new ConsoleOidcOptions { Authority = "not a url", ClientId = "mizan" }.Validate());
        new ConsoleOidcOptions { Authority = "https://id.example", ClientId = "mizan" }.Validate();
        new ConsoleOidcOptions().Validate();
    }

    /// <summary>Follows the redirects a browser would: the console's challenge, the provider's answer, the console's callback.</summary>
    private async Task<HttpResponseMessage> SignInThroughProviderAsync(ConsoleClient client, string providerUser, string returnUrl)
    {
        var challenge = await client.GetAsync("/signin?handler=External&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(factory.Provider.Url + "/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);

        factory.Provider.NextUser = providerUser;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await browser.GetAsync(authorize, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal("/signin-oidc", callback.AbsolutePath);
        return await client.GetAsync(callback.PathAndQuery);
    }

    /// <summary>The console configured for single sign-on with <see cref="TestProvider"/>.</summary>
    public sealed class Factory : ConsoleAppFactory
    {
        public Factory()
        {
            Provider = new TestProvider("mizan-console", "test client secret");
            Settings["Console:Oidc:Authority"] = Provider.Url;
            Settings["Console:Oidc:ClientId"] = "mizan-console";
            Settings["Console:Oidc:ClientSecret"] = "test client secret";
            Settings["Console:Oidc:DisplayName"] = "Test provider";
            Settings["Console:Oidc:RequireHttpsMetadata"] = "false";
        }

        public TestProvider Provider { get; }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Provider.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// A small OpenID provider for the tests (test infrastructure, standing in for the organisation's identity provider):
    /// the person who "signs in" at it is <see cref="NextUser"/>; it checks the client, the redirect URI and the PKCE
    /// verifier, and signs ID tokens with RS256.
    /// </summary>
    public sealed class TestProvider : IDisposable
    {
        private readonly WebApplication _app;
        private readonly RSA _key = RSA.Create(2048);
        private readonly RSA _strangerKey = RSA.Create(2048);
        private readonly ConcurrentDictionary<string, (string User, string Nonce, string Challenge, string RedirectUri)> _codes = new(StringComparer.Ordinal);

        public TestProvider(string clientId, string clientSecret)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _app = builder.Build();
            _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Url, ["authorization_endpoint"] = Url + "/authorize", ["token_endpoint"] = Url + "/token",
                ["jwks_uri"] = Url + "/jwks", ["response_types_supported"] = new[] { "code" }, ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" }, ["code_challenge_methods_supported"] = new[] { "S256" },
            }));
            _app.MapGet("/jwks", () =>
            {
                var p = _key.ExportParameters(false);
                return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "test-key", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
            });
            _app.MapGet("/authorize", (HttpRequest request) =>
            {
                var q = request.Query;
                if (q["client_id"] != clientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256")
                {
                    return Results.BadRequest("bad authorization request");
                }

                string code = Guid.NewGuid().ToString("N");
                _codes[code] = (NextUser, q["nonce"].ToString(), q["code_challenge"].ToString(), q["redirect_uri"].ToString());
                return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"].ToString())}");
            });
            _app.MapPost("/token", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                string challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
                if (form["grant_type"] != "authorization_code" || form["client_id"] != clientId || form["client_secret"] != clientSecret
                    || !_codes.TryRemove(form["code"].ToString(), out var grant) || grant.Challenge != challenge || grant.RedirectUri != form["redirect_uri"])
                {
                    return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
                }

                var now = DateTime.UtcNow;
                string idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                {
                    Issuer = Url, Audience = clientId, IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(5),
                    Claims = new Dictionary<string, object> { ["sub"] = "subject-" + grant.User, ["preferred_username"] = grant.User, ["nonce"] = grant.Nonce },
                    SigningCredentials = new SigningCredentials(new RsaSecurityKey(SignWithStrangerKey ? _strangerKey : _key) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
                });
                return Results.Json(new { access_token = "test-access-token", token_type = "Bearer", expires_in = 300, id_token = idToken });
            });
            _app.StartAsync().GetAwaiter().GetResult();
            Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        }

        /// <summary>The provider's issuer URL.</summary>
        public string Url { get; private set; } = "";

        /// <summary>The name the provider gives for the next sign-in.</summary>
        public string NextUser { get; set; } = "";

        /// <summary>Whether ID tokens are signed with a key the key set does not publish (a forged token).</summary>
        public bool SignWithStrangerKey { get; set; }

        public void Dispose()
        {
            _app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)_app).Dispose();
            _key.Dispose();
            _strangerKey.Dispose();
        }
    }
}
