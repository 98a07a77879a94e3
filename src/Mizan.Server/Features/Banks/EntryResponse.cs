using Mizan.Data.Banks;

namespace Mizan.Server.Features.Banks;

/// <summary>One stored signal of an entry.</summary>
internal sealed record EntryResponse(
    string Id, string Signal, string Value, int? Quality, IReadOnlyList<string> Labels, string? Source, string AddedBy,
    DateTime AddedAt, bool Retracted, string? RetractedReason, DateTime? RetractedAt, string? Text, string? Scope)
{
    public static EntryResponse From(EntryView v) => new(
        v.Id, v.Signal, v.Value, v.Quality, v.Labels, v.Source, v.AddedBy, v.AddedAt, v.Retracted, v.RetractedReason, v.RetractedAt, v.Text, v.Scope);
}
