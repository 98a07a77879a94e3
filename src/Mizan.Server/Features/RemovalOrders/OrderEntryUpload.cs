namespace Mizan.Server.Features.RemovalOrders;

/// <summary>
/// A removal order a legal officer enters: the received <c>document</c> as it arrived and, in <c>order</c>, the
/// Annex I fields read from it as JSON (the same fields as an API submission, plus organisationId, channel,
/// authentication and transportHeaders).
/// </summary>
internal sealed record OrderEntryUpload(IFormFile Document, string Order);
