namespace Mizan.Console.Tests;

public sealed partial class FormRulesTests
{
    /// <summary>The forms of the removal order pages (/orders).</summary>
    private static Task<IEnumerable<Form>> OrderFormsAsync(string prefix) => Task.FromResult<IEnumerable<Form>>([]);
}
