using System.Security.Cryptography;
using CodiBot.Photos;
using CodiBot.Testing;

namespace CodiBot.Tests.Photos;

/// <summary>What every <see cref="IPhotoStore"/> promises; each store's test class runs all of it against the real thing.</summary>
public abstract class PhotoStoreContract
{
    protected abstract IPhotoStore Store { get; }

    // Bounds a hung store call instead of hanging the run.
    readonly CancellationTokenSource _timeout = new(HangGuard.Limit);
    protected CancellationToken Ct => _timeout.Token;

    public static TheoryData<string> BadKeys() =>
    [
        "../escape.jpg", "2026/../../escape.jpg", "2026/11/..jpg", "/etc/escape.jpg", "//server/share/x.jpg",
        "C:/escape.jpg", "2026\\11\\x.jpg", "2026/11//x.jpg", "2026/./x.jpg", "2026/11/x.jpg/", "has space.jpg",
        "ภาพ.jpg", "x.jpg?comp=list", "x%2e%2e.jpg", "x.exe", "x", "x.JPG", "2026/11/24/.jpg", new string('a', 600) + ".jpg",
    ];

    [Fact]
    public async Task Saved_photo_opens_with_the_same_bytes_type_and_size()
    {
        var png = TestImages.Png();
        var saved = await Store.SaveAsync("2026/11/24/600001.png", png, "image/png", Ct);

        Assert.Equal(new StoredPhoto("2026/11/24/600001.png", "image/png", png.Length, Convert.ToHexStringLower(SHA256.HashData(png))), saved);
        var opened = await Store.OpenAsync("2026/11/24/600001.png", Ct);
        Assert.NotNull(opened);
        await using (opened.Content)
        {
            Assert.Equal("image/png", opened.ContentType);
            Assert.Equal(png.Length, opened.Size);
            Assert.Equal(png, await ReadAllAsync(opened.Content));
        }
    }

    [Fact]
    public async Task Saving_the_same_key_again_replaces_the_photo()
    {
        const string key = "2026/11/24/600002.jpg";
        var first = await Store.SaveAsync(key, TestImages.Jpeg(), "image/jpeg", Ct);
        var second = TestImages.Padded(TestImages.Jpeg(), 5000);
        var again = await Store.SaveAsync(key, second, "image/jpeg", Ct);

        Assert.NotEqual(first.Sha256, again.Sha256);
        Assert.Equal(second.Length, again.Size);
        Assert.Equal(second, await OpenBytesAsync(key));
    }

    [Fact]
    public async Task A_photo_of_several_megabytes_round_trips_intact()
    {
        var big = TestImages.Padded(TestImages.Jpeg(), 3 * 1024 * 1024 + 17);
        Random.Shared.NextBytes(big.AsSpan(TestImages.Jpeg().Length));
        var saved = await Store.SaveAsync("2026/11/24/600003.jpg", big, "image/jpeg", Ct);

        var back = await OpenBytesAsync("2026/11/24/600003.jpg");
        Assert.Equal(big.Length, saved.Size);
        Assert.Equal(saved.Sha256, Convert.ToHexStringLower(SHA256.HashData(back!)));
    }

    [Fact]
    public async Task Opening_a_missing_photo_gives_null()
    {
        Assert.Null(await Store.OpenAsync("2026/11/24/never-saved.jpg", Ct));
        Assert.Null(await Store.OpenAsync("1999/01/01/never-saved.png", Ct));
    }

    [Fact]
    public async Task Delete_removes_only_that_photo_and_is_quiet_when_missing()
    {
        await Store.SaveAsync("2026/11/24/600004.gif", TestImages.Gif(), "image/gif", Ct);
        await Store.SaveAsync("2026/11/25/600005.gif", TestImages.Gif(), "image/gif", Ct);

        await Store.DeleteAsync("2026/11/24/600004.gif", Ct);
        await Store.DeleteAsync("2026/11/24/600004.gif", Ct);
        await Store.DeleteAsync("1999/01/01/never-saved.gif", Ct);

        Assert.Null(await Store.OpenAsync("2026/11/24/600004.gif", Ct));
        Assert.Equal(TestImages.Gif(), await OpenBytesAsync("2026/11/25/600005.gif"));
    }

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Unsafe_keys_are_refused_by_save_open_and_delete(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(key, TestImages.Jpeg(), "image/jpeg", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key, Ct));
        await AssertNothingEscapedAsync();
    }

    [Fact]
    public async Task The_content_type_must_be_the_one_the_key_extension_stands_for()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync("2026/11/24/600006.jpg", TestImages.Png(), "image/png", Ct));
        Assert.Contains("image/jpeg", e.Message);
        Assert.Null(await Store.OpenAsync("2026/11/24/600006.jpg", Ct));
    }

    /// <summary>After a refused key: nothing was written outside the store's own space.</summary>
    protected virtual Task AssertNothingEscapedAsync() => Task.CompletedTask;

    protected async Task<byte[]?> OpenBytesAsync(string key)
    {
        var opened = await Store.OpenAsync(key, Ct);
        if (opened is null) return null;
        await using (opened.Content) return await ReadAllAsync(opened.Content);
    }

    static async Task<byte[]> ReadAllAsync(Stream s)
    {
        using var buffer = new MemoryStream();
        await s.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
