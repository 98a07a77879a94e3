using Mizan.Core.Urls;

namespace Mizan.Core.Tests.Urls;

public sealed class UrlTrackingParametersTests
{
    [Theory]
    [InlineData("utm_source", "x")]
    [InlineData("utm_", "")]
    [InlineData("UTM_CAMPAIGN", "x")]
    [InlineData("fbclid", "")]
    [InlineData("GCLID", "x")]
    [InlineData("si", "abc")]
    [InlineData("feature", "share")]
    [InlineData("feature", "Shared")]
    [InlineData("feature", "youtu.be")]
    public void IsTracking_ListedParameters_ReturnsTrue(string name, string value) =>
        Assert.True(UrlTrackingParameters.IsTracking(name, value));

    [Theory]
    [InlineData("v", "abc")]
    [InlineData("feature", "related")]
    [InlineData("feature", "")]
    [InlineData("utm", "x")]
    [InlineData("sid", "x")]
    [InlineData("fbclid2", "x")]
    [InlineData("", "")]
    public void IsTracking_OtherParameters_ReturnsFalse(string name, string value) =>
        Assert.False(UrlTrackingParameters.IsTracking(name, value));

    [Fact]
    public void Names_EveryListedName_IsTrackingAndLowerCase()
    {
        Assert.NotEmpty(UrlTrackingParameters.Names);
        foreach (string name in UrlTrackingParameters.Names)
        {
            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.True(UrlTrackingParameters.IsTracking(name, "1"), name);
        }

        Assert.Equal(UrlTrackingParameters.Names.Count, UrlTrackingParameters.Names.Distinct(StringComparer.Ordinal).Count());
    }
}
