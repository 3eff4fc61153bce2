namespace CodiBot.Photos;

/// <summary>The "Photos" configuration section.</summary>
public sealed class PhotoStoreOptions
{
    public const string Section = "Photos";

    /// <summary>"folder" (the embedded default) or "azure".</summary>
    public string Store { get; set; } = "folder";

    /// <summary>For "folder": relative paths are under the content root.</summary>
    public string Folder { get; set; } = "data/photos";

    /// <summary>For "azure": the blob container, created when missing.</summary>
    public string Container { get; set; } = "photos";

    /// <summary>For "azure"; <c>ConnectionStrings:Photos</c> is used when this is empty.</summary>
    public string? AzureConnectionString { get; set; }
}
