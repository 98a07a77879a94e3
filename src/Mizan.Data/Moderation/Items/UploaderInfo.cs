namespace Mizan.Data.Moderation.Items;

/// <summary>Who posted the content, as the platform refers to them.</summary>
/// <param name="Ref">The platform's account reference (kept for complaints; never exported).</param>
/// <param name="AccountType">business or private.</param>
public sealed record UploaderInfo(string? Ref, string? AccountType);
