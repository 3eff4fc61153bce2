namespace CodiBot.Simulator;

/// <summary>What the simulator page asks to send as a user. Type: text, image, sticker, location or postback.</summary>
public sealed record SendRequest(
    string Type,
    string? From = null,
    string? Text = null,
    bool Mention = false,
    string? Data = null,
    string? DisplayText = null,
    Dictionary<string, string>? Params = null,
    string? PackageId = null,
    string? StickerId = null,
    string? Title = null,
    string? Address = null,
    double? Latitude = null,
    double? Longitude = null,
    List<UploadedImage>? Images = null);

/// <summary>A photo from the page, base64-encoded.</summary>
public sealed record UploadedImage(string Data, string ContentType);
