using System.Net;
using System.Text.RegularExpressions;

namespace Mizan.Console.Tests;

/// <summary>
/// A browser-like client of the console over the in-process server: HTTPS (the session cookie is Secure), cookies
/// kept, redirects not followed, forms posted with the antiforgery token the page rendered.
/// </summary>
internal sealed partial class ConsoleClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static ConsoleClient For(Mizan.Server.Tests.MizanAppFactory factory) =>
        new(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));

    /// <summary>Signs in; returns the response to the sign-in form.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string name, string password)
    {
        string token = await TokenAsync("/signin");
        return await PostAsync("/signin", token, ("Name", name), ("Password", password));
    }

    /// <summary>GETs a page and returns its HTML, failing unless it is 200.</summary>
    public async Task<string> PageAsync(string path)
    {
        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}\n{html}");
        return html;
    }

    /// <summary>The antiforgery token a page renders into its forms.</summary>
    public async Task<string> TokenAsync(string path) => Token(await PageAsync(path));

    /// <summary>A token of this session from the page the start page leads to.</summary>
    public async Task<string> AnyTokenAsync()
    {
        var start = await http.GetAsync("/", TestContext.Current.CancellationToken);
        string path = start.StatusCode == HttpStatusCode.Redirect ? start.Headers.Location!.OriginalString : "/";
        return await TokenAsync(path);
    }

    /// <summary>GETs a page and returns the response whatever its status.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path, TestContext.Current.CancellationToken);

    public static string Token(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Posts a form; a null token leaves the antiforgery field out.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string? token, params (string Name, string Value)[] fields)
    {
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        return http.PostAsync(path, new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenField();
}
