using CodiBot.Photos;

namespace CodiBot.Tests.Photos;

public sealed class PhotoKeyTests
{
    [Fact]
    public void A_photo_key_is_the_day_and_the_message_id()
    {
        Assert.Equal("2026/11/24/509123456789.jpg", PhotoKey.For(new DateOnly(2026, 11, 24), "509123456789", "jpg"));
        Assert.Equal("2020/03/07/1.png", PhotoKey.For(new DateOnly(2020, 3, 7), "1", "png"));
    }

    [Theory]
    [InlineData("../1")]
    [InlineData("1/2")]
    [InlineData("1.2")]
    [InlineData("")]
    [InlineData("1 2")]
    [InlineData("๑๒๓")]
    public void A_message_id_must_be_one_plain_segment(string messageId) =>
        Assert.ThrowsAny<ArgumentException>(() => PhotoKey.For(new DateOnly(2026, 11, 24), messageId, "jpg"));

    [Theory]
    [MemberData(nameof(PhotoStoreContract.BadKeys), MemberType = typeof(PhotoStoreContract))]
    public void Unsafe_keys_are_refused(string key) => Assert.ThrowsAny<ArgumentException>(() => PhotoKey.Validate(key));

    [Theory]
    [InlineData("2026/11/24/509123456789.jpg", "image/jpeg")]
    [InlineData("a-b_c.d/x.heic", "image/heic")]
    [InlineData("x.webp", "image/webp")]
    public void Safe_keys_tell_their_content_type(string key, string contentType) =>
        Assert.Equal(contentType, PhotoKey.ContentTypeOf(key));
}
