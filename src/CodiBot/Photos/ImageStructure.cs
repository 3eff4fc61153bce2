using System.Buffers.Binary;

namespace CodiBot.Photos;

/// <summary>
/// Reads enough of a JPEG or PNG to know it is one, without decoding pixels: a header followed by filler, a file
/// cut short or one with a broken frame header is not a photo. Each check returns why not, or null.
/// </summary>
static class ImageStructure
{
    /// <summary>Above this a picture is no photo a phone takes (a 200-megapixel sensor is 16,320 × 12,240).</summary>
    const long MaxPixels = 300_000_000;

    /// <summary>Walks the segments from SOI: a frame header (SOF) of sane size, then a scan (SOS) with coded data, to EOI.</summary>
    public static string? JpegProblem(ReadOnlySpan<byte> b)
    {
        var frame = false;
        var at = 2; // after SOI
        while (true)
        {
            if (at + 2 > b.Length || b[at] != 0xFF) return "JPEG segments break off";
            while (at + 1 < b.Length && b[at + 1] == 0xFF) at++; // fill bytes
            if (at + 2 > b.Length) return "JPEG segments break off";
            var marker = b[at + 1];
            at += 2;
            if (marker == 0xD9) return frame ? null : "JPEG ends before any image";
            if (marker is 0x01 or >= 0xD0 and <= 0xD7) continue; // no length
            if (marker == 0x00 || at + 2 > b.Length) return "JPEG segments break off";
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[at..]);
            if (length < 2 || at + length > b.Length) return "a JPEG segment runs past the end";
            var segment = b.Slice(at + 2, length - 2);
            at += length;
            if (IsFrame(marker))
            {
                if (SofProblem(segment) is { } why) return why;
                frame = true;
            }
            else if (marker == 0xDA)
            {
                if (!frame) return "JPEG scan before its frame header";
                if (segment.Length < 6 || segment[0] is 0 or > 4 || segment.Length != 4 + 2 * segment[0]) return "broken JPEG scan header";
                var coded = at;
                at = EndOfScan(b, at);
                if (at < 0) return "JPEG scan data breaks off";
                if (at == coded) return "JPEG scan without data";
            }
        }
    }

    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    static bool IsFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    static string? SofProblem(ReadOnlySpan<byte> sof)
    {
        if (sof.Length < 6) return "broken JPEG frame header";
        var height = BinaryPrimitives.ReadUInt16BigEndian(sof[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(sof[3..]);
        var components = sof[5];
        if (sof[0] is not (8 or 12 or 16) || components is not (1 or 3 or 4) || sof.Length != 6 + 3 * components) return "broken JPEG frame header";
        return height == 0 || width == 0 || (long)width * height > MaxPixels ? $"JPEG of {width}×{height} pixels" : null;
    }

    /// <summary>Where the marker after a scan's coded data starts (stuffed FF00 and restart markers belong to the data); −1 when none does.</summary>
    static int EndOfScan(ReadOnlySpan<byte> b, int at)
    {
        for (var i = b[at..].IndexOf((byte)0xFF); i >= 0; )
        {
            var p = at + i;
            if (p + 1 >= b.Length) return -1;
            var next = b[p + 1];
            if (next != 0x00 && next != 0xFF && next is not (>= 0xD0 and <= 0xD7)) return p;
            at = p + 2;
            i = at >= b.Length ? -1 : b[at..].IndexOf((byte)0xFF);
        }
        return -1;
    }

    /// <summary>Chunks from the signature to IEND, each with its CRC: IHDR first with sane size and a known colour type, IDAT, IEND.</summary>
    public static string? PngProblem(ReadOnlySpan<byte> b)
    {
        var at = 8;
        var data = false;
        for (var first = true; ; first = false)
        {
            if (at + 12 > b.Length) return "PNG chunks break off";
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > b.Length) return "a PNG chunk runs past the end";
            var typeAndData = b.Slice(at + 4, 4 + (int)length);
            if (Crc32(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(b[(at + 8 + (int)length)..])) return "a PNG chunk fails its CRC";
            var type = typeAndData[..4];
            var chunk = typeAndData[4..];
            at += 12 + (int)length;
            if (first)
            {
                if (!type.SequenceEqual("IHDR"u8) || chunk.Length != 13) return "PNG without its header first";
                if (IhdrProblem(chunk) is { } why) return why;
            }
            else if (type.SequenceEqual("IDAT"u8)) data = true;
            else if (type.SequenceEqual("IEND"u8)) return data ? null : "PNG without image data";
        }
    }

    static string? IhdrProblem(ReadOnlySpan<byte> h)
    {
        var width = BinaryPrimitives.ReadUInt32BigEndian(h);
        var height = BinaryPrimitives.ReadUInt32BigEndian(h[4..]);
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue || (long)width * height > MaxPixels)
            return $"PNG of {width}×{height} pixels";
        var (depth, colour) = (h[8], h[9]);
        var known = colour switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        return known && h[10] == 0 && h[11] == 0 && h[12] <= 1 ? null : "PNG header with unknown settings";
    }

    static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    })];

    /// <summary>The CRC-32 PNG uses (ISO 3309, as zlib).</summary>
    static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var x in bytes) crc = CrcTable[(crc ^ x) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
