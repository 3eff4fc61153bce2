using CodiBot.Photos;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CodiBot.Tests.Photos;

public sealed class PhotoStoreExtensionsTests
{
    static IPhotoStore Resolve(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (contentRoot is not null) services.AddSingleton<IHostEnvironment>(new Environment { ContentRootPath = contentRoot });
        return services.AddPhotoStore(config).BuildServiceProvider().GetRequiredService<IPhotoStore>();
    }

    [Fact]
    public void The_default_is_a_folder_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "codibot-root");
        var store = Assert.IsType<LocalFolderPhotoStore>(Resolve([], root));
        Assert.Equal(Path.Combine(root, "data", "photos"), store.Folder);
    }

    [Fact]
    public void Photos_Folder_chooses_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "codibot-elsewhere");
        var store = Assert.IsType<LocalFolderPhotoStore>(Resolve(new() { ["Photos:Store"] = "Folder", ["Photos:Folder"] = folder }, "/srv/codibot"));
        Assert.Equal(folder, store.Folder);
    }

    [Fact]
    public void An_unknown_store_stops_start_up()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["Photos:Store"] = "s3" }));
        Assert.Contains("Photos:Store", e.Message);
    }

    [Fact]
    public void Azure_without_a_connection_string_stops_start_up()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["Photos:Store"] = "azure" }));
        Assert.Contains("ConnectionStrings:Photos", e.Message);
    }

    sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "CodiBot.Tests";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>The Azure choice wired from configuration, against the real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzurePhotoStoreWiringTests(AzuriteFixture azurite)
{
    static AzureBlobPhotoStore Resolve(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var store = new ServiceCollection().AddPhotoStore(config).BuildServiceProvider().GetRequiredService<IPhotoStore>();
        return Assert.IsType<AzureBlobPhotoStore>(store);
    }

    [Fact]
    public async Task ConnectionStrings_Photos_and_the_default_container_work()
    {
        var store = Resolve(new() { ["Photos:Store"] = "azure", ["ConnectionStrings:Photos"] = azurite.ConnectionString });
        Assert.Equal("photos", store.Container.Name);

        await store.SaveAsync("2026/11/24/990001.jpg", TestImages.Jpeg(), "image/jpeg", default);
        var opened = await store.OpenAsync("2026/11/24/990001.jpg", default);
        Assert.NotNull(opened);
        await opened.Content.DisposeAsync();
        await store.DeleteAsync("2026/11/24/990001.jpg", default);
    }

    [Fact]
    public async Task Photos_AzureConnectionString_and_Photos_Container_come_first()
    {
        var store = Resolve(new()
        {
            ["Photos:Store"] = "azure",
            ["Photos:AzureConnectionString"] = azurite.ConnectionString,
            ["Photos:Container"] = "wired-photos",
            ["ConnectionStrings:Photos"] = "not a connection string",
        });
        Assert.Equal("wired-photos", store.Container.Name);

        await store.SaveAsync("2026/11/24/990002.png", TestImages.Png(), "image/png", default);
        Assert.True(await store.Container.GetBlobClient("2026/11/24/990002.png").ExistsAsync());
    }
}
