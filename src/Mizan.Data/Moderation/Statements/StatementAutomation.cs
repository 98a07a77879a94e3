namespace Mizan.Data.Moderation.Statements;

/// <summary>Art. 17(3)(c): whether and how automated means detected or decided, with the detectors used.</summary>
public sealed record StatementAutomation(
    bool AutomatedDetection, string AutomatedDecision, string Description, IReadOnlyList<StatementDetector> Detectors);
