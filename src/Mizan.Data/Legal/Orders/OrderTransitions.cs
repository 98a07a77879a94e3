namespace Mizan.Data.Legal.Orders;

/// <summary>
/// The transitions of LEGAL.md's removal order table, named as the API's paths, and the states each is allowed from:
/// the one list <see cref="RemovalOrderService"/> checks and the console reads to offer only what the state allows.
/// </summary>
public static class OrderTransitions
{
    public const string Validate = "validate";
    public const string ClarificationRequest = "clarification-request";
    public const string Clarification = "clarification";
    public const string Impossibility = "impossibility";
    public const string GroundsCeased = "grounds-ceased";
    public const string Execute = "execute";
    public const string Confirm = "confirm";
    public const string Feedback = "feedback";
    public const string ScrutinyRequest = "scrutiny-request";
    public const string ScrutinyDecision = "scrutiny-decision";
    public const string Final = "final";
    public const string Annulment = "annulment";
    public const string NonDisclosure = "non-disclosure";

    /// <summary>Each transition and the states it is allowed from.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Validate] = [RemovalOrderStates.Received],
        [ClarificationRequest] = [RemovalOrderStates.Received, RemovalOrderStates.Validating],
        [Clarification] = [RemovalOrderStates.NeedsClarification],
        [Impossibility] = [RemovalOrderStates.Received, RemovalOrderStates.Validating, RemovalOrderStates.Executing],
        [GroundsCeased] = [RemovalOrderStates.Impossible],
        [Execute] = [RemovalOrderStates.Received, RemovalOrderStates.Validating, RemovalOrderStates.Executing],
        [Confirm] = [RemovalOrderStates.Executed],
        [Feedback] = [RemovalOrderStates.Executed],
        [ScrutinyRequest] = [RemovalOrderStates.FeedbackSent],
        [ScrutinyDecision] = [RemovalOrderStates.UnderScrutiny],
        [Final] = [RemovalOrderStates.FeedbackSent],
        [Annulment] = [RemovalOrderStates.Executed, RemovalOrderStates.FeedbackSent, RemovalOrderStates.UnderScrutiny, RemovalOrderStates.Final],
        [NonDisclosure] = RemovalOrderStates.All.Where(s => s is not (RemovalOrderStates.Reinstated or RemovalOrderStates.Closed)).ToArray(),
    };

    /// <summary>An automatic execution waits for a legal officer's confirmation (and the Annex II feedback waits for it).</summary>
    public static bool AwaitsConfirmation(bool executedAutomatically, DateTime? confirmedAt) => executedAutomatically && confirmedAt is null;

    /// <summary>
    /// The transitions <paramref name="order"/> allows now: its state, and the guards beyond the state (confirmation of
    /// an automatic execution, the one extension of a non-disclosure period). The service still decides: time windows
    /// and the content found are checked when the transition runs.
    /// </summary>
    public static IReadOnlyList<string> Offered(RemovalOrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        bool awaits = AwaitsConfirmation(order.ExecutedAutomatically, order.ConfirmedAt);
        return From.Where(t => t.Value.Contains(order.State, StringComparer.Ordinal))
            .Select(t => t.Key)
            .Where(t => t switch
            {
                Confirm => awaits,
                Feedback => !awaits,
                NonDisclosure => order.NonDisclosureExtendedUntil is null,
                _ => true,
            })
            .ToList();
    }
}
