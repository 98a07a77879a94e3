using Mizan.Data.Keys;
using Mizan.Server.Tests;

namespace Mizan.Console.Tests;

public sealed partial class FormRulesTests
{
    /// <summary>The forms of the bank and transparency report pages, on a bank of their own with one entry (test data).</summary>
    private async Task<IEnumerable<Form>> BankAndReportFormsAsync(string prefix)
    {
        string bank = prefix + "-forms-bank";
        var admin = factory.ClientFor(Roles.Admin);
        (await admin.PostJsonAsync("/v1/banks", new { name = bank, description = "test data" })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync($"/v1/banks/{bank}/entries", new { id = "form-entry", md5 = "00112233445566778899aabbccddeeff" })).EnsureSuccessStatusCode();
        string text = "This sentence is test data for a form that adds a known text to a bank.";
        return
        [
            new($"/banks/{bank}?handler=Add", [("text", text), ("id", "form-text")], Roles.Moderator, Roles.Integration),
            new($"/banks/{bank}?handler=Retract", [("entry", "form-entry"), ("reason", "test data")], Roles.Admin, Roles.Auditor),
            new($"/banks/{bank}?handler=Search", [("text", text)], Roles.Auditor, Roles.Legal),
            new("/banks?handler=Search", [("text", text)], Roles.Integration, Roles.AppealsReviewer),
            new("/reports?handler=Generate", [("regime", "tco"), ("from", "2026-01-01"), ("to", "2026-06-30")], Roles.Auditor, Roles.Moderator),
        ];
    }
}
