using System.Text;
using CodiBot.Photos;

namespace CodiBot.Tests.Photos;

public sealed class PhotoCheckTests
{
    public static TheoryData<string, byte[], string, string> Photos() => new()
    {
        { "jpeg", TestImages.Jpeg(), "image/jpeg", "jpg" },
        { "png", TestImages.Png(), "image/png", "png" },
        { "real baseline jpeg", TestImages.RealJpeg(), "image/jpeg", "jpg" },
        { "real progressive jpeg", TestImages.RealProgressiveJpeg(), "image/jpeg", "jpg" },
        { "real interlaced png", TestImages.RealInterlacedPng(), "image/png", "png" },
        { "real palette png", TestImages.RealPalettePng(), "image/png", "png" },
        { "gif", TestImages.Gif(), "image/gif", "gif" },
        { "webp", TestImages.WebP(), "image/webp", "webp" },
        { "heic", TestImages.HeicHeader("heic", "mif1", "heic"), "image/heic", "heic" },
        { "heif with an heic brand", TestImages.HeicHeader("mif1", "mif1", "heic"), "image/heic", "heic" },
    };

    [Theory]
    [MemberData(nameof(Photos))]
    public void Photos_are_known_by_their_bytes(string name, byte[] bytes, string contentType, string extension)
    {
        var result = PhotoCheck.Check(bytes);
        Assert.True(result.IsPhoto, $"{name}: {result.Reason}");
        Assert.Equal(contentType, result.ContentType);
        Assert.Equal(extension, result.Extension);
    }

    public static TheoryData<string, byte[]> NotPhotos() => new()
    {
        { "a text file renamed .jpg", TestImages.TextRenamedJpg() },
        { "empty", [] },
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj") },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0] },
        { "elf executable", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>") },
        { "svg (can carry script)", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>") },
        { "wav (RIFF but not WebP)", Encoding.ASCII.GetBytes("RIFF\x24\0\0\0WAVEfmt \x10\0\0\0") },
        { "avif (ftyp but not HEIC)", TestImages.HeicHeader("avif", "mif1", "avif") },
        { "mp4 (ftyp but not HEIC)", TestImages.HeicHeader("isom", "isom", "mp41") },
        { "two bytes of a JPEG", [0xFF, 0xD8] },
        { "PNG signature without IHDR", TestImages.Png()[..10] },
        { "jpeg after a prefix", [0x00, .. TestImages.Jpeg()] },
        { "a JPEG header followed by zeros", TestImages.Padded(TestImages.RealJpeg()[..20], 4096) },
        { "a JPEG cut before its scan", TestImages.RealJpeg()[..Find(TestImages.RealJpeg(), 0xFF, 0xDA)] },
        { "a JPEG cut inside its scan", TestImages.RealJpeg()[..(TestImages.RealJpeg().Length - 6)] },
        { "a JPEG with its frame header zeroed", Zeroed(TestImages.RealJpeg(), Find(TestImages.RealJpeg(), 0xFF, 0xC0) + 2, 9) },
        { "a JPEG of width 0", Zeroed(TestImages.RealJpeg(), Find(TestImages.RealJpeg(), 0xFF, 0xC0) + 7, 2) },
        { "a JPEG with a segment running past the end", [0xFF, 0xD8, 0xFF, 0xE0, 0x7F, 0xFF, 0, 0] },
        { "a PNG header followed by zeros", TestImages.Padded(TestImages.RealPalettePng()[..33], 4096) },
        { "a PNG whose IHDR fails its CRC", Zeroed(TestImages.RealPalettePng(), 29, 1) },
        { "a PNG of height 0", Zeroed(TestImages.Png(), 20, 4) },
        { "a PNG without image data", [.. TestImages.Png()[..33], .. TestImages.Png()[^12..]] },
        { "a PNG cut inside its data", TestImages.RealInterlacedPng()[..(TestImages.RealInterlacedPng().Length - 20)] },
    };

    static int Find(byte[] bytes, byte a, byte b)
    {
        for (var i = 0; i + 1 < bytes.Length; i++) if (bytes[i] == a && bytes[i + 1] == b) return i;
        throw new InvalidOperationException("marker not found");
    }

    static byte[] Zeroed(byte[] bytes, int at, int count)
    {
        var copy = bytes.ToArray();
        Array.Clear(copy, at, count);
        return copy;
    }

    [Theory]
    [MemberData(nameof(NotPhotos))]
    public void Anything_else_is_not_an_image(string name, byte[] bytes)
    {
        var result = PhotoCheck.Check(bytes);
        Assert.False(result.IsPhoto, name);
        Assert.Equal(PhotoProblem.NotAnImage, result.Problem);
        Assert.Null(result.ContentType);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void The_limit_is_ten_megabytes()
    {
        Assert.Equal(10 * 1024 * 1024, PhotoCheck.MaxBytes);
        Assert.True(PhotoCheck.Check(TestImages.Padded(TestImages.Jpeg(), PhotoCheck.MaxBytes)).IsPhoto);

        var over = PhotoCheck.Check(TestImages.Padded(TestImages.Jpeg(), PhotoCheck.MaxBytes + 1));
        Assert.False(over.IsPhoto);
        Assert.Equal(PhotoProblem.TooLarge, over.Problem);
    }

    [Fact]
    public void Size_is_checked_before_type()
    {
        var result = PhotoCheck.Check(new byte[PhotoCheck.MaxBytes + 1]);
        Assert.Equal(PhotoProblem.TooLarge, result.Problem);
    }

    [Theory]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("png", "image/png")]
    [InlineData("gif", "image/gif")]
    [InlineData("webp", "image/webp")]
    [InlineData("heic", "image/heic")]
    [InlineData("jpeg", null)]
    [InlineData("svg", null)]
    [InlineData("JPG", null)]
    public void Extensions_stand_for_content_types(string extension, string? contentType) =>
        Assert.Equal(contentType, PhotoCheck.ContentTypeOfExtension(extension));
}
