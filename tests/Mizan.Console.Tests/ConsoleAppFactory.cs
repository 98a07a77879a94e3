using Microsoft.Extensions.DependencyInjection;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Server.Tests;

namespace Mizan.Console.Tests;

/// <summary>The real app on a real store (<see cref="MizanAppFactory"/>), with console users made through the real service.</summary>
public class ConsoleAppFactory : MizanAppFactory
{
    /// <summary>The password every test user gets (test data).</summary>
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<string, UserView> _users = new(StringComparer.Ordinal);

    /// <summary>A user of <paramref name="role"/> named <paramref name="name"/> (made once per factory).</summary>
    public UserView User(string name, string role, int organisationId = 1)
    {
        lock (_users)
        {
            if (!_users.TryGetValue(name, out var user))
            {
                using var scope = Services.CreateScope();
                user = scope.ServiceProvider.GetRequiredService<UserService>()
                    .CreateAsync(name, role, organisationId, Password, "en", AuditActor.System("test"), CancellationToken.None).GetAwaiter().GetResult();
                _users[name] = user;
            }

            return user;
        }
    }

    /// <summary>A client signed in as a user of <paramref name="role"/> called <paramref name="name"/>.</summary>
    internal async Task<ConsoleClient> SignedInAsync(string name, string role, int organisationId = 1)
    {
        User(name, role, organisationId);
        var client = ConsoleClient.For(this);
        var response = await client.SignInAsync(name, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with the app's services in a scope of its own.</summary>
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }
}
