using Enrollment.Modules.Review.Application.Integration.GetIntegrationFeed;

namespace Enrollment.Modules.Review.Tests;

/// <summary>The changes feed's opaque cursor (ADR-0031): what it encodes comes back, anything it did not make is refused.</summary>
public sealed class FeedCursorTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(128L)]
    [InlineData(long.MaxValue)]
    public void Given_a_position_Then_its_cursor_decodes_to_it(long position) =>
        Assert.Equal(position, FeedCursor.Decode(FeedCursor.Encode(position)));

    [Fact]
    public void Given_a_position_Then_the_cursor_is_url_safe_text() =>
        Assert.Matches("^[A-Za-z0-9_-]+$", FeedCursor.Encode(long.MaxValue));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%")] // not base64url
    [InlineData("MTI4")] // "128": no version prefix
    [InlineData("djI6MTI4")] // "v2:128": another version
    [InlineData("djE6LTE")] // "v1:-1": negative
    [InlineData("djE6MTI4YQ")] // "v1:128a"
    [InlineData("djE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ")] // "v1:" and more than a long holds
    public void Given_text_the_api_did_not_make_Then_it_is_no_cursor(string? cursor) =>
        Assert.Null(FeedCursor.Decode(cursor));

    [Fact]
    public void Given_a_cursor_over_64_characters_Then_it_is_refused_before_decoding() =>
        Assert.Null(FeedCursor.Decode(new string('A', 65)));
}
