namespace CodiBot.Photos;

/// <summary>
/// The embedded default: one file per key under a folder. A save writes a temporary file beside the target and
/// renames it over the target, so a reader (or a crash) never sees half a photo.
/// </summary>
public sealed class LocalFolderPhotoStore : IPhotoStore
{
    readonly string _root;

    public LocalFolderPhotoStore(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    }

    public string Folder => _root;

    public async Task<StoredPhoto> SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct)
    {
        PhotoKey.Validate(key, contentType);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, ct);
                // On disk before the rename makes it visible: a power cut must not leave an empty photo under the key.
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        return new StoredPhoto(key, PhotoKey.ContentTypeOf(key), content.Length, PhotoKey.Sha256Of(content.Span));
    }

    public Task<PhotoContent?> OpenAsync(string key, CancellationToken ct)
    {
        var type = PhotoKey.ContentTypeOf(key);
        try
        {
            // FileShare.Delete: a reader must not block a later overwrite (rename) or delete.
            var file = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<PhotoContent?>(new PhotoContent(file, type, file.Length));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<PhotoContent?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        PhotoKey.Validate(key);
        try { File.Delete(PathOf(key)); }
        catch (DirectoryNotFoundException) { }
        return Task.CompletedTask;
    }

    /// <summary>The key is validated already; this is the second lock on the door.</summary>
    string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Photo key '{key}' leads outside the photo folder.", nameof(key));
        return path;
    }
}
