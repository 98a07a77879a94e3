namespace Mizan.Console.Tests;

public sealed partial class FormRulesTests
{
    /// <summary>The forms of the referral, preservation hold and data request pages.</summary>
    private static Task<IEnumerable<Form>> LegalFormsAsync(string prefix) => Task.FromResult<IEnumerable<Form>>([]);
}
