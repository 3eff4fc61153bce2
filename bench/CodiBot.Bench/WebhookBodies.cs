using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CodiBot.Bench;

/// <summary>
/// Builds LINE-shaped webhook bodies (CallbackRequest with text message events) straight into a byte buffer
/// from pre-encoded pieces: a few microseconds per body, no JSON serializer on the send path.
/// Every identifier encodes the event number, so the stand-in LINE API can map an answer back to its event
/// without a lookup table: reply token = run tag + event, user id = user tag + user.
/// </summary>
public sealed class WebhookBodies
{
    const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    readonly uint _nonce;
    readonly string _tokenTag;   // 8 hex
    readonly string _userTag;    // 16 hex
    readonly int _users;
    readonly byte[][] _texts;    // JSON string literals, quotes included
    readonly int _maxText;

    public WebhookBodies(int users, IReadOnlyList<string> texts, string secret)
    {
        _nonce = (uint)Random.Shared.Next() ^ ((uint)Random.Shared.Next() << 1);
        _tokenTag = _nonce.ToString("x8");
        _userTag = (Mix(_nonce) | 1UL << 63).ToString("x16");
        _users = users;
        var enc = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        _texts = texts.Select(t => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(t, enc))).ToArray();
        _maxText = _texts.Max(t => t.Length);
        Secret = secret;
    }

    public string Secret { get; }

    /// <summary>The user who sends event <paramref name="evt"/>: a fixed pseudo-random pick, so any thread can recompute it.</summary>
    public int UserOf(long evt) => (int)(Mix((ulong)evt ^ 0x5bd1e995UL) % (ulong)_users);

    public string UserId(int user) => "U" + _userTag + ((ulong)user).ToString("x16");

    public string ReplyToken(long evt) => _tokenTag + ((ulong)evt).ToString("x16") + ((uint)Mix((ulong)evt ^ _nonce)).ToString("x8");

    /// <summary>The event of one of our reply tokens, or -1 for anything else.</summary>
    public long EventOfReplyToken(ReadOnlySpan<char> token)
    {
        if (token.Length != 32 || !token[..8].SequenceEqual(_tokenTag)) return -1;
        if (!ulong.TryParse(token.Slice(8, 16), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var evt)) return -1;
        if (!uint.TryParse(token[24..], System.Globalization.NumberStyles.AllowHexSpecifier, null, out var check)
            || check != (uint)Mix(evt ^ _nonce)) return -1;
        return (long)evt;
    }

    /// <summary>The user of one of our user ids, or -1.</summary>
    public int UserOfId(ReadOnlySpan<char> userId)
    {
        if (userId.Length != 33 || userId[0] != 'U' || !userId.Slice(1, 16).SequenceEqual(_userTag)) return -1;
        return ulong.TryParse(userId[17..], System.Globalization.NumberStyles.AllowHexSpecifier, null, out var u) && u < (ulong)_users
            ? (int)u : -1;
    }

    /// <summary>
    /// Writes the body of a request carrying events <paramref name="firstEvent"/>.. (count of them) and returns its length.
    /// Grows <paramref name="buffer"/> when needed; reuse the buffer once the request has completed.
    /// </summary>
    public int Write(ref byte[] buffer, long firstEvent, int count, long unixMs)
    {
        var need = 64 + count * (512 + _maxText);
        if (buffer.Length < need) buffer = new byte[need];
        var w = new W(buffer);
        w.Raw("{\"destination\":\"Ubench\",\"events\":["u8);
        for (var i = 0; i < count; i++)
        {
            var evt = firstEvent + i;
            var user = UserOf(evt);
            if (i > 0) w.Raw(","u8);
            w.Raw("{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":"u8);
            w.Num((ulong)unixMs);
            w.Raw(",\"source\":{\"type\":\"user\",\"userId\":\"U"u8);
            w.Ascii(_userTag);
            w.Hex((ulong)user, 16);
            w.Raw("\"},\"webhookEventId\":\""u8);
            // ULID-like: 48-bit milliseconds, then 30 bits of run nonce and 50 bits of event number, Crockford base32.
            w.Base32((ulong)unixMs, 10);
            w.Base32(_nonce & 0x3FFFFFFF, 6);
            w.Base32((ulong)evt, 10);
            w.Raw("\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\""u8);
            w.Ascii(_tokenTag);
            w.Hex((ulong)evt, 16);
            w.Hex((uint)Mix((ulong)evt ^ _nonce), 8);
            w.Raw("\",\"message\":{\"id\":\"5"u8);
            w.Num(_nonce % 1_000_000, 6);
            w.Num((ulong)evt, 12);
            w.Raw("\",\"type\":\"text\",\"quoteToken\":\"q"u8);
            w.Hex((ulong)evt, 16);
            w.Raw("\",\"text\":"u8);
            w.Raw(_texts[(int)(Mix((ulong)evt) % (ulong)_texts.Length)]);
            w.Raw("}}"u8);
        }
        w.Raw("]}"u8);
        return w.Pos;
    }

    /// <summary>x-line-signature of a body, as LINE computes it.</summary>
    public string Sign(ReadOnlySpan<byte> body) => CodiBot.Line.Webhook.WebhookSignature.Compute(body, Secret);

    static ulong Mix(ulong x)
    {
        // splitmix64 finaliser
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    ref struct W(byte[] buffer)
    {
        readonly Span<byte> _b = buffer;
        public int Pos;

        public void Raw(ReadOnlySpan<byte> s) { s.CopyTo(_b[Pos..]); Pos += s.Length; }

        public void Ascii(string s) { foreach (var c in s) _b[Pos++] = (byte)c; }

        public void Num(ulong v) { Utf8Formatter.TryFormat(v, _b[Pos..], out var n); Pos += n; }

        public void Num(ulong v, int digits)
        {
            for (var i = digits - 1; i >= 0; i--) { _b[Pos + i] = (byte)('0' + (int)(v % 10)); v /= 10; }
            Pos += digits;
        }

        public void Hex(ulong v, int digits)
        {
            for (var i = digits - 1; i >= 0; i--) { _b[Pos + i] = (byte)"0123456789abcdef"[(int)(v & 15)]; v >>= 4; }
            Pos += digits;
        }

        public void Base32(ulong v, int digits)
        {
            for (var i = digits - 1; i >= 0; i--) { _b[Pos + i] = (byte)Crockford[(int)(v & 31)]; v >>= 5; }
            Pos += digits;
        }
    }
}
