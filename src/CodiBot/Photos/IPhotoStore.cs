namespace CodiBot.Photos;

/// <summary>
/// Where the photos leaders send are kept. Keys are relative paths such as <c>2026/11/24/&lt;lineMessageId&gt;.jpg</c>
/// (see <see cref="PhotoKey"/>); the content type must agree with the key's extension.
/// </summary>
public interface IPhotoStore
{
    /// <summary>Stores the photo under <paramref name="key"/>; saving the same key again replaces it (a redelivered event is harmless).</summary>
    Task<StoredPhoto> SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct);

    /// <summary>The photo, or null when there is none. The caller disposes <see cref="PhotoContent.Content"/>.</summary>
    Task<PhotoContent?> OpenAsync(string key, CancellationToken ct);

    /// <summary>Removes the photo (an unsent message, a PDPA deletion); no error when it is already gone.</summary>
    Task DeleteAsync(string key, CancellationToken ct);
}

public sealed record StoredPhoto(string Key, string ContentType, long Size, string Sha256);

public sealed record PhotoContent(Stream Content, string ContentType, long Size);
