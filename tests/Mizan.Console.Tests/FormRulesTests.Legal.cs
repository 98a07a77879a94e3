using System.Globalization;
using Mizan.Data.Keys;

namespace Mizan.Console.Tests;

public sealed partial class FormRulesTests
{
    /// <summary>The forms of the referral, preservation hold and data request pages.</summary>
    private async Task<IEnumerable<Form>> LegalFormsAsync(string prefix)
    {
        var seeded = await LegalSeed.SeedAsync(factory.ClientFor, prefix + "-legal", 61);
        string hold = seeded.CourtHold.ToString(CultureInfo.InvariantCulture);
        string item = seeded.TextItemId.ToString(CultureInfo.InvariantCulture);
        string referral = seeded.ReferralA.ToString(CultureInfo.InvariantCulture);
        string request = seeded.RequestA.ToString(CultureInfo.InvariantCulture);
        return
        [
            new("/holds", [("ItemId", item), ("Basis", "internal_legal_hold")], Roles.Legal, Roles.Auditor),
            new($"/holds/{hold}?handler=Reveal", [("Purpose", "legal_proceedings"), ("Justification", "test data")], Roles.Legal, Roles.Admin),
            new($"/holds/{hold}?handler=Extend", [("RequestedBy", "test data"), ("Until", "2031-01-01"), ("Reason", "test data")], Roles.Legal, Roles.Auditor),
            new($"/holds/{hold}?handler=Release", [("Reason", "test data")], Roles.Legal, Roles.Moderator),
            new($"/referrals/{referral}", [("Outcome", "needs_info"), ("Reasons", "test data")], Roles.Moderator, Roles.Auditor),
            new($"/data-requests/{request}", [("Outcome", "rejected"), ("Notes", "test data")], Roles.Legal, Roles.Admin),
        ];
    }
}
