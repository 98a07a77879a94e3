namespace Mizan.Console.Tests;

public sealed partial class FormRulesTests
{
    /// <summary>The forms of the bank and transparency report pages.</summary>
    private static Task<IEnumerable<Form>> BankAndReportFormsAsync(string prefix) => Task.FromResult<IEnumerable<Form>>([]);
}
