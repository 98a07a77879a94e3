namespace Mizan.Data.Moderation.Statements;

/// <summary>
/// Statements of reasons of a period in the Transparency Database format. Statements that break a field rule
/// are not in <see cref="Statements"/> but listed in <see cref="Rejected"/> with the rules they break;
/// statements under a secrecy period are held back and only counted.
/// </summary>
public sealed record TdbExport(
    DateTime From, DateTime To, IReadOnlyList<TdbStatement> Statements, IReadOnlyList<TdbRejection> Rejected, int Withheld);
