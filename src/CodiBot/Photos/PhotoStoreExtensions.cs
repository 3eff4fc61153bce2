using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CodiBot.Photos;

public static class PhotoStoreExtensions
{
    /// <summary>
    /// Registers <see cref="IPhotoStore"/> as chosen by <c>Photos:Store</c>, <see cref="PhotoIntake"/> and <see cref="PhotoDownloads"/>
    /// (which needs the LINE client: <c>AddLineClient</c>). A wrong setting fails here, at start-up.
    /// </summary>
    public static IServiceCollection AddPhotoStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PhotoStoreOptions.Section).Get<PhotoStoreOptions>() ?? new PhotoStoreOptions();
        switch (options.Store.Trim().ToLowerInvariant())
        {
            case "folder":
                if (string.IsNullOrWhiteSpace(options.Folder)) throw new InvalidOperationException("Photos:Folder is empty.");
                services.AddSingleton<IPhotoStore>(sp =>
                {
                    var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
                    return new LocalFolderPhotoStore(Path.Combine(root, options.Folder));
                });
                break;
            case "azure":
                var connection = options.AzureConnectionString is { Length: > 0 } c ? c
                    : configuration.GetConnectionString("Photos") is { Length: > 0 } p ? p
                    : throw new InvalidOperationException("Photos:Store is 'azure' but neither Photos:AzureConnectionString nor ConnectionStrings:Photos is set.");
                // Parse now so a malformed connection string stops start-up instead of the first photo.
                var containerClient = new BlobContainerClient(connection, options.Container);
                services.AddSingleton<IPhotoStore>(new AzureBlobPhotoStore(containerClient));
                break;
            default:
                throw new InvalidOperationException($"Photos:Store must be 'folder' or 'azure', not '{options.Store}'.");
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PhotoIntake>();
        services.AddSingleton<PhotoDownloads>();
        return services;
    }
}
