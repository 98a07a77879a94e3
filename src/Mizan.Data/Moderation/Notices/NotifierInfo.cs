namespace Mizan.Data.Moderation.Notices;

/// <summary>Who sent a notice.</summary>
/// <param name="Name">The notifier's name.</param>
/// <param name="Email">The notifier's e-mail address.</param>
/// <param name="Ref">The platform's reference of the notifier (for a later complaint).</param>
public sealed record NotifierInfo(string? Name, string? Email, string? Ref);
