namespace Mizan.Data.Legal.Orders;

/// <summary>A removal order document as it arrived, to be stored once and hashed.</summary>
/// <param name="Content">The raw bytes.</param>
/// <param name="MediaType">The declared media type.</param>
/// <param name="FileName">The file name, if any.</param>
public sealed record ReceivedDocument(byte[] Content, string MediaType, string? FileName);
