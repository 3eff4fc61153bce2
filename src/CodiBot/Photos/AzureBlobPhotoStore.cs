using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CodiBot.Photos;

/// <summary>
/// Photos as block blobs in one container (Azure Storage, or Azurite in tests). The container is created on first
/// save. A single-shot upload replaces the whole blob at once, so readers see the old photo or the new one.
/// </summary>
public sealed class AzureBlobPhotoStore(BlobContainerClient container) : IPhotoStore
{
    const string Sha256Metadata = "sha256";
    volatile bool _containerExists;

    public BlobContainerClient Container => container;

    public async Task<StoredPhoto> SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct)
    {
        PhotoKey.Validate(key, contentType);
        await EnsureContainerAsync(ct);
        var type = PhotoKey.ContentTypeOf(key);
        var sha256 = PhotoKey.Sha256Of(content.Span);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = type },
            Metadata = new Dictionary<string, string> { [Sha256Metadata] = sha256 },
        };
        await container.GetBlobClient(key).UploadAsync(BinaryData.FromBytes(content), options, ct);
        return new StoredPhoto(key, type, content.Length, sha256);
    }

    public async Task<PhotoContent?> OpenAsync(string key, CancellationToken ct)
    {
        PhotoKey.Validate(key);
        try
        {
            var download = (await container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: ct)).Value;
            return new PhotoContent(download.Content, download.Details.ContentType, download.Details.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        PhotoKey.Validate(key);
        // Also quiet when the container itself does not exist yet.
        await container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);
    }

    async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (_containerExists) return;
        await container.CreateIfNotExistsAsync(cancellationToken: ct);
        _containerExists = true;
    }
}
