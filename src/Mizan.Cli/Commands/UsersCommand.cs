using System.CommandLine;
using System.Globalization;
using System.Text;
using Mizan.Core;
using Mizan.Data.Accounts;
using Mizan.Data.Audit;
using Mizan.Data.Keys;
using Mizan.Data.Organisations;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan users create|list|disable|enable|password</c>: people who sign in to the review console. A password is
/// never an argument (it would stay in the shell history and the process list): it is read from standard input
/// (the first line) or, on a terminal, prompted for twice without echo.
/// </summary>
internal static class UsersCommand
{
    private static readonly AuditActor s_cli = AuditActor.System("cli");

    public static Command Create(CliIO io)
    {
        var users = new Command("users", "People who sign in to the review console");
        users.Subcommands.Add(CreateUser(io));
        users.Subcommands.Add(List(io));
        users.Subcommands.Add(SetDisabled(io, true));
        users.Subcommands.Add(SetDisabled(io, false));
        users.Subcommands.Add(Password(io));
        return users;
    }

    private static Command CreateUser(CliIO io)
    {
        var name = new Option<string>("--name") { Description = "The sign-in name", Required = true, HelpName = "NAME" };
        var role = new Option<string>("--role")
        {
            Description = "The user's role (as for API keys): " + string.Join(", ", Roles.All),
            Required = true,
            HelpName = "ROLE",
        };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var org = new Option<string>("--org")
        {
            Description = $"The organisation, by id or name (default: {OrganisationService.DefaultId}, '{OrganisationService.DefaultName}')",
            HelpName = "N",
        };
        var language = new Option<string>("--language") { Description = "Interface language: en or ar (default en)", HelpName = "LANG" };
        language.AcceptOnlyFromAmong([.. UserService.Languages]);
        var create = new Command("create", "Create a console user; the password is read from standard input or prompted for");
        create.Options.Add(name);
        create.Options.Add(role);
        create.Options.Add(org);
        create.Options.Add(language);
        create.SetAction(async (parse, ct) =>
        {
            string password = await ReadPasswordAsync(io, ct).ConfigureAwait(false);
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            int organisationId = OrganisationService.DefaultId;
            if (parse.GetValue(org) is { } orgValue)
            {
                var organisations = services.Get<OrganisationService>();
                organisationId = int.TryParse(orgValue, NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                    ? (await organisations.GetAsync(id, ct).ConfigureAwait(false)).Id
                    : (await organisations.GetByNameAsync(orgValue, ct).ConfigureAwait(false)).Id;
            }

            var user = await services.Get<UserService>().CreateAsync(
                parse.GetValue(name)!, parse.GetValue(role)!, organisationId, password, parse.GetValue(language) ?? "en", s_cli, ct).ConfigureAwait(false);
            await io.Error.WriteLineAsync(
                $"Created {user.Role} user '{user.Name}' (id {user.Id}, organisation {user.OrganisationId}). Sign in at /signin.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return create;
    }

    private static Command List(CliIO io)
    {
        var list = new Command("list", "List console users (id, name, role, organisation, state)");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            foreach (var u in await services.Get<UserService>().ListAsync(ct).ConfigureAwait(false))
            {
                string state = u.DisabledAt is not null ? "disabled" : u.LockedUntil > DateTime.UtcNow ? "locked" : "active";
                await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{u.Id}\t{u.Name}\t{u.Role}\t{u.OrganisationId}\t{state}")).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command SetDisabled(CliIO io, bool disabled)
    {
        var id = new Argument<int>("ID") { Description = "The user's id (see 'mizan users list')" };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the audit log)", HelpName = "TEXT" };
        var command = new Command(disabled ? "disable" : "enable", disabled ? "Disable a user: sign-in refused, open sessions end" : "Enable a disabled user again");
        command.Arguments.Add(id);
        command.Options.Add(reason);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var user = await services.Get<UserService>().SetDisabledAsync(parse.GetValue(id), disabled, s_cli, parse.GetValue(reason), ct).ConfigureAwait(false);
            await io.Error.WriteLineAsync($"{(disabled ? "Disabled" : "Enabled")} user '{user.Name}' (id {user.Id}).").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Password(CliIO io)
    {
        var id = new Argument<int>("ID") { Description = "The user's id (see 'mizan users list')" };
        var command = new Command("password", "Set a user's password (read from standard input or prompted for); lifts a lockout, ends sessions");
        command.Arguments.Add(id);
        command.SetAction(async (parse, ct) =>
        {
            string password = await ReadPasswordAsync(io, ct).ConfigureAwait(false);
            await using var services = await CliServices.OpenAsync(parse, ct).ConfigureAwait(false);
            var user = await services.Get<UserService>().SetPasswordAsync(parse.GetValue(id), password, s_cli, ct).ConfigureAwait(false);
            await io.Error.WriteLineAsync($"Set the password of '{user.Name}' (id {user.Id}).").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The first line of standard input, or on a terminal a password typed twice without echo.</summary>
    private static async Task<string> ReadPasswordAsync(CliIO io, CancellationToken ct)
    {
        if (!io.CanPrompt)
        {
            string? line = await io.In.ReadLineAsync(ct).ConfigureAwait(false);
            return string.IsNullOrEmpty(line)
                ? throw new MizanException(ErrorCodes.InvalidRequest, "No password on standard input: pipe it in (one line) or run on a terminal to be prompted.")
                : line;
        }

        string first = Prompt(io, "Password: ");
        string second = Prompt(io, "Again: ");
        return string.Equals(first, second, StringComparison.Ordinal)
            ? first
            : throw new MizanException(ErrorCodes.InvalidRequest, "The two passwords differ.");
    }

    private static string Prompt(CliIO io, string label)
    {
        io.Error.Write(label);
        io.Error.Flush();
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                io.Error.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
