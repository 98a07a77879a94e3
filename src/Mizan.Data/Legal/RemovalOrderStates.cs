namespace Mizan.Data.Legal;

/// <summary>The states of a removal order (LEGAL.md, "State machine — RemovalOrder"). Overdue is a flag, not a state.</summary>
public static class RemovalOrderStates
{
    public const string Received = "received";
    public const string Validating = "validating";
    public const string NeedsClarification = "needs_clarification";
    public const string Impossible = "impossible";
    public const string Executing = "executing";
    public const string Executed = "executed";
    public const string FeedbackSent = "feedback_sent";
    public const string UnderScrutiny = "under_scrutiny";
    public const string Reinstated = "reinstated";
    public const string Final = "final";
    public const string Closed = "closed";

    /// <summary>Every state.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Received, Validating, NeedsClarification, Impossible, Executing, Executed, FeedbackSent, UnderScrutiny, Reinstated, Final, Closed];

    /// <summary>States in which the one-hour clock runs (not paused, not yet executed).</summary>
    public static IReadOnlyList<string> ClockRunning { get; } = [Received, Validating, Executing];

    /// <summary>States before execution: the clock runs, or is paused for a clarification or an impossibility.</summary>
    public static IReadOnlyList<string> Open { get; } = [Received, Validating, NeedsClarification, Impossible, Executing];
}
