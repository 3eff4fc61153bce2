using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CodiBot.Tests.Photos;

/// <summary>Small real images built in code (no image files in the repo), and things that only pretend to be images.</summary>
static class TestImages
{
    /// <summary>A 1×1 RGBA PNG: signature, IHDR, zlib IDAT and IEND, each chunk with its CRC.</summary>
    public static byte[] Png(byte r = 0x20, byte g = 0x80, byte b = 0x40)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, 1);          // width
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), 1); // height
        ihdr[8] = 8;                                              // bit depth
        ihdr[9] = 6;                                              // colour type RGBA
        Chunk(png, "IHDR", ihdr);
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
            z.Write([0, r, g, b, 0xFF]);                          // filter byte 0, one pixel
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>
    /// An 8×8 grey baseline JPEG (JFIF): quantisation table of ones, one-code Huffman tables, and one block whose
    /// DC difference is 0 followed by end-of-block — the bits "00" padded with ones.
    /// </summary>
    public static byte[] Jpeg()
    {
        using var j = new MemoryStream();
        j.Write([0xFF, 0xD8]);                                                         // SOI
        Segment(j, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);                  // APP0
        Segment(j, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);                      // DQT 0
        Segment(j, 0xC0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]);                              // SOF0 8×8, one component
        Segment(j, 0xC4, [0x00, 1, .. new byte[15], 0x00]);                            // DHT DC 0: one code, category 0
        Segment(j, 0xC4, [0x10, 1, .. new byte[15], 0x00]);                            // DHT AC 0: one code, EOB
        Segment(j, 0xDA, [1, 1, 0x00, 0, 63, 0]);                                      // SOS
        j.Write([0x3F]);                                                               // entropy-coded block
        j.Write([0xFF, 0xD9]);                                                         // EOI
        return j.ToArray();
    }

    // 16×12 gradients written by ImageMagick 7 (`convert -size 16x12 gradient:red-blue ...`): what real encoders produce.
    public static byte[] RealJpeg() => Convert.FromBase64String("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAYH/8QAGRAAAQUAAAAAAAAAAAAAAAAAAAITFVFh/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAXEQADAQAAAAAAAAAAAAAAAAAABBZh/9oADAMBAAIRAxEAPwDJpDRIaTDy7Dy7KNAK4KrdjT//2Q==");
    public static byte[] RealProgressiveJpeg() => Convert.FromBase64String("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAUG/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/2gAMAwEAAhADEAAAAckmKNX/xAAWEAEBAQAAAAAAAAAAAAAAAAAAERP/2gAIAQEAAQUC0aKr/8QAFhEAAwAAAAAAAAAAAAAAAAAAAAMV/9oACAEDAQE/AbbD/8QAFhEAAwAAAAAAAAAAAAAAAAAAAAMV/9oACAECAQE/AYCj/8QAFBABAAAAAAAAAAAAAAAAAAAAIP/aAAgBAQAGPwIf/8QAFhABAQEAAAAAAAAAAAAAAAAAABEQ/9oACAEBAAE/IcLW/9oADAMBAAIAAwAAABDD/8QAFREBAQAAAAAAAAAAAAAAAAAAAHH/2gAIAQMBAT8Qs//EABURAQEAAAAAAAAAAAAAAAAAAABx/9oACAECAQE/EJP/xAAWEAEBAQAAAAAAAAAAAAAAAAAAYXH/2gAIAQEAAT8Q00qq/9k=");
    public static byte[] RealInterlacedPng() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAABAAAAAMEAIAAAHDEkYDAAAABGdBTUEAALGPC/xhBQAAACBjSFJNAAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6mAAAF3CculE8AAAABmJLR0T///////8JWPfcAAAAB3RJTUUH6gwEFA8WWfpKIAAAAIxJREFUOMu1k9EJhEAMRN+CPWwXaxXahV2sVXhVeFVoF7kq1ir0Rw5FBi5w+/5CmAwzkLDvfAmdwZrOQW/mAkPkwU1ypXlvQnG9e1tYhjTxM9JCEWIPZXEIVDop8GaQxcrQn9HpoPr+X0tlgdj7mvIQ1gSd1TNoLEP7qphgiDCXigZpAssVDQC87+DhAI6RLf6e22SjAAAAJXRFWHRkYXRlOmNyZWF0ZQAyMDI2LTEyLTA0VDIwOjE1OjIyKzAwOjAwqPyLPwAAACV0RVh0ZGF0ZTptb2RpZnkAMjAyNi0xMi0wNFQyMDoxNToyMiswMDowMNmhM4MAAAAASUVORK5CYII=");
    public static byte[] RealPalettePng() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAABAAAAAMEAIAAAC0FXaVAAAABGdBTUEAALGPC/xhBQAAACBjSFJNAAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6mAAAF3CculE8AAAABmJLR0T///////8JWPfcAAAAB3RJTUUH6gwEFA8WWfpKIAAAAHxJREFUOMu1UrENwCAMcyp+yBlcQb7gOb6gXJEvOKMDHVARER2SLbZlS5apV4AFbnf5Wb8BdwREbdFOM+M7TbCNRAf6ZWfcDqbSgcyOFdl0i0DSc3xlw/wkBVr8a2qHUWagdMeK7CWc7MRWBls61nIes/oQC9CrY0V+1uMeWABAE0BggqIAAAAldEVYdGRhdGU6Y3JlYXRlADIwMjYtMTItMDRUMjA6MTU6MjIrMDA6MDCo/Is/AAAAJXRFWHRkYXRlOm1vZGlmeQAyMDI2LTEyLTA0VDIwOjE1OjIyKzAwOjAw2aEzgwAAAABJRU5ErkJggg==");

    /// <summary>The classic 1×1 transparent GIF89a.</summary>
    public static byte[] Gif() => Convert.FromHexString("47494638396101000100800000000000FFFFFF21F90401000000002C00000000010001000002024401003B");

    /// <summary>A 1×1 lossless WebP.</summary>
    public static byte[] WebP() => Convert.FromHexString("524946461A000000574542505650384C0D0000002F00000010071011118888FE0700");

    /// <summary>The start of an HEIC file: its "ftyp" box with the given major and compatible brands (then a stub "meta" box).</summary>
    public static byte[] HeicHeader(string major = "heic", params string[] compatible)
    {
        var ftypSize = 16 + 4 * compatible.Length;
        var bytes = new byte[ftypSize + 8];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)ftypSize);
        Encoding.ASCII.GetBytes("ftyp").CopyTo(bytes, 4);
        Encoding.ASCII.GetBytes(major).CopyTo(bytes, 8);
        for (var i = 0; i < compatible.Length; i++) Encoding.ASCII.GetBytes(compatible[i]).CopyTo(bytes, 16 + 4 * i);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(ftypSize), 8);
        Encoding.ASCII.GetBytes("meta").CopyTo(bytes, ftypSize + 4);
        return bytes;
    }

    /// <summary>The image followed by filler up to <paramref name="total"/> bytes (decoders ignore data after the end marker).</summary>
    public static byte[] Padded(byte[] image, int total)
    {
        var bytes = new byte[total];
        image.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>What a leader might send under a photo's name: a text file renamed .jpg.</summary>
    public static byte[] TextRenamedJpg() => Encoding.UTF8.GetBytes("รายงานผลการดำเนินงาน: แจกหน้ากากผ้า 2,000 ชิ้น\n");

    static void Segment(Stream s, byte marker, byte[] payload)
    {
        s.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        s.Write(payload);
    }

    static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(head, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(head, 4);
        s.Write(head);
        s.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. head.AsSpan(4), .. data]));
        s.Write(crc);
    }

    static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
