using System.CommandLine;
using Mizan.Data.Keys;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan keys create</c>: a new API key, printed once.</summary>
internal static class KeysCommand
{
    public static Command Create(CliIO io)
    {
        var role = new Option<string>("--role")
        {
            Description = "The key's role: " + string.Join(", ", Roles.All),
            Required = true,
            HelpName = "ROLE",
        };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var name = new Option<string>("--name") { Description = "Who or what uses the key", Required = true, HelpName = "NAME" };
        var json = CommonOptions.Json("Print {\"id\", \"name\", \"role\", \"key\"} as JSON");
        var create = new Command("create", "Create an API key; it is printed once and only its hash is stored");
        create.Options.Add(role);
        create.Options.Add(name);
        create.Options.Add(json);
        create.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var key = await services.Get<ApiKeyService>().CreateAsync(parse.GetValue(name)!, parse.GetValue(role)!, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(CliJson.Line(new { key.Id, key.Name, key.Role, key.Key })).ConfigureAwait(false);
            }
            else
            {
                await io.Out.WriteLineAsync(key.Key).ConfigureAwait(false);
                await io.Error.WriteLineAsync($"Created {key.Role} key '{key.Name}'. It is shown only this once: store it now.").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        var keys = new Command("keys", "API keys");
        keys.Subcommands.Add(create);
        return keys;
    }
}
