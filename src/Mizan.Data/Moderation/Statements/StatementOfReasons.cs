namespace Mizan.Data.Moderation.Statements;

/// <summary>
/// A statement of reasons with every element of DSA Art. 17(3): (a) the restriction, its territorial scope and
/// duration; (b) the facts and circumstances; (c) the use of automated means; (d)/(e) the legal or contractual
/// ground and why; (f) the redress available. <see cref="Text"/> is the whole statement in <see cref="Language"/>.
/// </summary>
public sealed record StatementOfReasons(
    long DecisionId,
    string Puid,
    string Language,
    StatementRestriction Restriction,
    string Facts,
    StatementAutomation Automation,
    StatementGround Ground,
    string ExemptionConsidered,
    StatementRedress Redress,
    string Text);
