namespace CodiBot.Line.Messaging;

/// <summary>
/// LINE's message limits in one place. Lengths are UTF-16 code units (string.Length): LINE counts characters,
/// and Thai letters, vowels and tone marks are each one BMP code point, so for Thai the two agree; an emoji
/// (surrogate pair) counts 2 here, which only errs on the safe side.
/// </summary>
public static class LineLimits
{
    public const int MessagesPerRequest = 5;
    public const int MulticastRecipients = 500;
    public const int TextLength = 5000;
    public const int QuickReplyItems = 13;
    public const int QuickReplyLabel = 20;
    public const int PostbackData = 300;
    public const int ActionText = 300;
    public const int AltText = 400;
    public const int LocationTitle = 100;
    public const int LocationAddress = 100;
    public const int UrlLength = 2000;
    public const int CarouselBubbles = 12;
    // LINE states "30 KB"/"50 KB" of JSON; decimal kilobytes keep us on the safe side of either reading.
    public const int BubbleBytes = 30_000;
    public const int CarouselBytes = 50_000;

    internal static string Text(string? value, int max, string param, string what)
    {
        if (string.IsNullOrEmpty(value)) throw new LineMessageLimitException(param, $"{what} must not be empty.");
        if (value.Length > max)
            throw new LineMessageLimitException(param, $"{what} is {value.Length} characters; LINE allows at most {max}.");
        return value;
    }

    internal static string HttpsUrl(Uri? url, string param, string what)
    {
        if (url is null || !url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps)
            throw new LineMessageLimitException(param, $"{what} must be an absolute https URL (LINE rejects http).");
        var s = url.AbsoluteUri;
        if (s.Length > UrlLength) throw new LineMessageLimitException(param, $"{what} is longer than {UrlLength} characters.");
        return s;
    }
}
