using System.CommandLine;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Data.Organisations;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan keys create|revoke</c>: API keys; a new key is printed once.</summary>
internal static class KeysCommand
{
    private static readonly AuditActor s_cli = AuditActor.System("cli");

    public static Command Create(CliIO io)
    {
        var keys = new Command("keys", "API keys");
        keys.Subcommands.Add(CreateKey(io));
        keys.Subcommands.Add(Revoke(io));
        return keys;
    }

    private static Command CreateKey(CliIO io)
    {
        var role = new Option<string>("--role")
        {
            Description = "The key's role: " + string.Join(", ", Roles.All),
            Required = true,
            HelpName = "ROLE",
        };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var name = new Option<string>("--name") { Description = "Who or what uses the key", Required = true, HelpName = "NAME" };
        var org = new Option<string>("--org")
        {
            Description = $"The organisation the key acts for (default: '{OrganisationService.DefaultName}')",
            HelpName = "NAME",
        };
        var json = CommonOptions.Json("Print {\"id\", \"name\", \"role\", \"organisationId\", \"key\"} as JSON");
        var create = new Command("create", "Create an API key; it is printed once and only its hash is stored");
        create.Options.Add(role);
        create.Options.Add(name);
        create.Options.Add(org);
        create.Options.Add(json);
        create.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            int organisationId = OrganisationService.DefaultId;
            if (parse.GetValue(org) is { } orgName)
            {
                organisationId = (await services.Get<OrganisationService>().GetByNameAsync(orgName, ct).ConfigureAwait(false)).Id;
            }

            var key = await services.Get<ApiKeyService>()
                .CreateAsync(parse.GetValue(name)!, parse.GetValue(role)!, organisationId, s_cli, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(CliJson.Line(new { key.Id, key.Name, key.Role, key.OrganisationId, key.Key })).ConfigureAwait(false);
            }
            else
            {
                await io.Out.WriteLineAsync(key.Key).ConfigureAwait(false);
                await io.Error.WriteLineAsync($"Created {key.Role} key '{key.Name}' (id {key.Id}). It is shown only this once: store it now.").ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return create;
    }

    private static Command Revoke(CliIO io)
    {
        var id = new Argument<int>("ID") { Description = "The key's id (printed when it was created)" };
        var reason = new Option<string>("--reason") { Description = "Why the key is revoked (kept in the audit log)", HelpName = "TEXT" };
        var revoke = new Command("revoke", "Revoke an API key: it never authenticates again");
        revoke.Arguments.Add(id);
        revoke.Options.Add(reason);
        revoke.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var key = await services.Get<ApiKeyService>().RevokeAsync(parse.GetValue(id), s_cli, parse.GetValue(reason), ct).ConfigureAwait(false);
            await io.Error.WriteLineAsync($"Revoked {key.Role} key '{key.Name}' (id {key.Id}).").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return revoke;
    }
}
