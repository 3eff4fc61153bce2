using Azure.Storage.Blobs;
using CodiBot.Photos;

namespace CodiBot.Tests.Photos;

/// <summary>The photo store contract against a real Azurite, each test in a container of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobPhotoStoreTests(AzuriteFixture azurite) : PhotoStoreContract
{
    readonly BlobContainerClient _container = new(azurite.ConnectionString, "photos-" + Guid.NewGuid().ToString("N")[..12]);
    AzureBlobPhotoStore? _store;

    protected override IPhotoStore Store => _store ??= new AzureBlobPhotoStore(_container);

    protected override async Task AssertNothingEscapedAsync()
    {
        // A refused key must not even have created the container.
        Assert.False(await _container.ExistsAsync(Ct));
    }

    [Fact]
    public async Task The_container_is_created_on_the_first_save()
    {
        Assert.False(await _container.ExistsAsync(Ct));
        await Store.SaveAsync("2026/11/24/800001.jpg", TestImages.Jpeg(), "image/jpeg", Ct);
        Assert.True(await _container.ExistsAsync(Ct));
    }

    [Fact]
    public async Task The_blob_carries_its_content_type_and_sha256()
    {
        var saved = await Store.SaveAsync("2026/11/24/800002.png", TestImages.Png(), "image/png", Ct);

        var properties = (await _container.GetBlobClient("2026/11/24/800002.png").GetPropertiesAsync(cancellationToken: Ct)).Value;
        Assert.Equal("image/png", properties.ContentType);
        Assert.Equal(TestImages.Png().Length, properties.ContentLength);
        Assert.Equal(saved.Sha256, properties.Metadata["sha256"]);
    }

    [Fact]
    public async Task A_store_whose_container_exists_already_uses_it()
    {
        await _container.CreateAsync(cancellationToken: Ct);
        await _container.GetBlobClient("2026/11/24/800003.gif").UploadAsync(BinaryData.FromBytes(TestImages.Gif()), Ct);

        Assert.NotNull(await Store.OpenAsync("2026/11/24/800003.gif", Ct));
        await Store.SaveAsync("2026/11/24/800004.gif", TestImages.Gif(), "image/gif", Ct);
        Assert.Equal(TestImages.Gif(), await OpenBytesAsync("2026/11/24/800004.gif"));
    }
}
