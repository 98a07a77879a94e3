using System.Globalization;
using Mizan.Core;

namespace Mizan.Server.Infrastructure;

/// <summary>The <c>limit</c> query parameter of paged listings, read strictly (a bad value is a 400 problem).</summary>
internal static class PageSize
{
    public static int Parse(string? limit, int defaultSize, int maxSize)
    {
        if (limit is null)
        {
            return defaultSize;
        }

        if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size < 1 || size > maxSize)
        {
            throw new MizanException(ErrorCodes.InvalidRequest, $"limit must be a whole number 1-{maxSize}.");
        }

        return size;
    }
}
