using Mizan.Data.Entities;

namespace Mizan.Data.Moderation.Items;

/// <summary>A stored match with its evidence, as reviewers and the platform see it.</summary>
public sealed record MatchView(
    string Detector,
    string DetectorVersion,
    string Signal,
    string Bank,
    string Entry,
    IReadOnlyList<string> Labels,
    int? Distance,
    double? Similarity,
    double? Containment,
    double Score,
    double Threshold,
    string? Channel,
    string? Transform,
    string? UrlScope,
    IReadOnlyList<int>? Span,
    string PolicyAction,
    string? PolicyNote)
{
    /// <summary>The view of a stored match.</summary>
    public static MatchView From(ItemMatch m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MatchView(
            m.Detector, m.DetectorVersion, m.Signal, m.Bank, m.Entry, m.Labels, m.Distance, m.Similarity, m.Containment, m.Score,
            m.Threshold, m.Channel, m.Transform, m.UrlScope,
            m.SpanStart is { } s && m.SpanEnd is { } e ? [s, e] : null, m.PolicyAction, m.PolicyNote);
    }
}
