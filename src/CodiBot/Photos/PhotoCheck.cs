using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace CodiBot.Photos;

public enum PhotoProblem { TooLarge, NotAnImage }

/// <summary>A photo's real type, or why it is not one we keep.</summary>
public sealed record PhotoCheckResult(string? ContentType, string? Extension, PhotoProblem? Problem, string? Reason)
{
    [MemberNotNullWhen(true, nameof(ContentType), nameof(Extension))]
    [MemberNotNullWhen(false, nameof(Problem), nameof(Reason))]
    public bool IsPhoto => Problem is null;
}

/// <summary>
/// Decides what a photo is from its bytes. The type LINE or a browser declares is never trusted: a text file
/// called .jpg, or an executable sent as image/jpeg, is refused; a JPEG or PNG must also hold together as one
/// (<see cref="ImageStructure"/>).
/// </summary>
public static class PhotoCheck
{
    public const int MaxBytes = 10 * 1024 * 1024;

    static readonly (string Extension, string ContentType)[] Types =
        [("jpg", "image/jpeg"), ("png", "image/png"), ("gif", "image/gif"), ("webp", "image/webp"), ("heic", "image/heic")];

    // HEIF brands of HEVC-coded still images (ISO/IEC 23008-12); "mif1"/"msf1" only say "some HEIF", so they need a compatible brand too.
    static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx"];

    public static IEnumerable<string> Extensions => Types.Select(t => t.Extension);

    /// <summary>The content type a photo key's extension stands for (case-sensitive: keys are made by us in lower case), or null.</summary>
    public static string? ContentTypeOfExtension(string extension) =>
        Array.Find(Types, t => t.Extension == extension) is { ContentType: { } type } ? type : null;

    public static PhotoCheckResult Check(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
            return new(null, null, PhotoProblem.TooLarge, $"{content.Length:N0} bytes is over the {MaxBytes:N0}-byte limit");
        if (Sniff(content) is not { } extension)
            return new(null, null, PhotoProblem.NotAnImage, content.IsEmpty ? "empty" : "not a JPEG, PNG, GIF, WebP or HEIC image");
        var broken = extension switch
        {
            "jpg" => ImageStructure.JpegProblem(content),
            "png" => ImageStructure.PngProblem(content),
            _ => null,
        };
        if (broken is not null) return new(null, null, PhotoProblem.NotAnImage, broken);
        return new(ContentTypeOfExtension(extension), extension, null, null);
    }

    static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "jpg";
        if (b.Length >= 16 && b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) && At(b, 12, "IHDR")) return "png";
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)) return "gif";
        if (b.Length >= 16 && At(b, 0, "RIFF") && At(b, 8, "WEBP") && At(b, 12, "VP8")) return "webp";
        if (IsHeic(b)) return "heic";
        return null;
    }

    /// <summary>An ISO-BMFF file whose first box is "ftyp" naming an HEIC brand as major or compatible brand.</summary>
    static bool IsHeic(ReadOnlySpan<byte> b)
    {
        if (b.Length < 16 || !At(b, 4, "ftyp")) return false;
        var boxSize = BinaryPrimitives.ReadUInt32BigEndian(b);
        if (boxSize < 16 || boxSize > b.Length || boxSize % 4 != 0) return false;
        var major = Encoding.ASCII.GetString(b.Slice(8, 4));
        if (HeicBrands.Contains(major)) return true;
        if (major is not ("mif1" or "msf1")) return false;
        for (var i = 16; i + 4 <= boxSize; i += 4)
            if (HeicBrands.Contains(Encoding.ASCII.GetString(b.Slice(i, 4)))) return true;
        return false;
    }

    static bool At(ReadOnlySpan<byte> b, int offset, string ascii) =>
        b.Length >= offset + ascii.Length && Encoding.ASCII.GetString(b.Slice(offset, ascii.Length)) == ascii;
}
