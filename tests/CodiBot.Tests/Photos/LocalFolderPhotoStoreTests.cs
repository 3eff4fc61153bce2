using CodiBot.Photos;

namespace CodiBot.Tests.Photos;

public sealed class LocalFolderPhotoStoreTests : PhotoStoreContract, IDisposable
{
    // The store lives one level down, so a key that escaped would land in a folder the test can see.
    readonly string _outer = Path.Combine(Path.GetTempPath(), "codibot-photos", Guid.NewGuid().ToString("N"));
    readonly LocalFolderPhotoStore _store;

    public LocalFolderPhotoStoreTests() => _store = new LocalFolderPhotoStore(Path.Combine(_outer, "photos"));

    protected override IPhotoStore Store => _store;

    public void Dispose()
    {
        if (Directory.Exists(_outer)) Directory.Delete(_outer, recursive: true);
    }

    protected override Task AssertNothingEscapedAsync()
    {
        var outside = Directory.Exists(_outer)
            ? Directory.EnumerateFiles(_outer, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(_store.Folder + Path.DirectorySeparatorChar)).ToList()
            : [];
        Assert.Empty(outside);
        Assert.False(File.Exists("/etc/escape.jpg"));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_key_is_a_relative_path_under_the_folder()
    {
        await _store.SaveAsync("2026/11/24/700001.webp", TestImages.WebP(), "image/webp", Ct);
        Assert.Equal(TestImages.WebP(), await File.ReadAllBytesAsync(Path.Combine(_store.Folder, "2026", "11", "24", "700001.webp"), Ct));
    }

    [Fact]
    public async Task A_save_leaves_no_temporary_file_behind()
    {
        await _store.SaveAsync("2026/11/24/700002.jpg", TestImages.Jpeg(), "image/jpeg", Ct);
        await _store.SaveAsync("2026/11/24/700002.jpg", TestImages.Padded(TestImages.Jpeg(), 999), "image/jpeg", Ct);

        var files = Directory.GetFiles(Path.Combine(_store.Folder, "2026", "11", "24")).Select(Path.GetFileName);
        Assert.Equal(["700002.jpg"], files);
    }

    [Fact]
    public async Task A_failed_save_keeps_the_old_photo_and_cleans_up()
    {
        const string key = "2026/11/24/700003.jpg";
        await _store.SaveAsync(key, TestImages.Jpeg(), "image/jpeg", Ct);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _store.SaveAsync(key, TestImages.Padded(TestImages.Jpeg(), 100_000), "image/jpeg", cancelled.Token));

        Assert.Equal(TestImages.Jpeg(), await OpenBytesAsync(key));
        Assert.Equal(["700003.jpg"], Directory.GetFiles(Path.Combine(_store.Folder, "2026", "11", "24")).Select(Path.GetFileName));
    }

    /// <summary>
    /// Readers racing a writer that keeps replacing the photo see either the whole old photo or the whole new one:
    /// writing in place (truncate, then write) would show them an empty or half-written file.
    /// </summary>
    [Fact]
    public async Task Readers_never_see_a_half_written_photo()
    {
        const string key = "2026/11/24/700004.jpg";
        const int size = 4 * 1024 * 1024;
        byte[] a = TestImages.Padded(TestImages.Jpeg(), size), b = TestImages.Padded(TestImages.Jpeg(), size);
        a.AsSpan(TestImages.Jpeg().Length).Fill(0xAA);
        b.AsSpan(TestImages.Jpeg().Length).Fill(0xBB);
        await _store.SaveAsync(key, a, "image/jpeg", Ct);

        using var writing = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var writer = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 30; i++) await _store.SaveAsync(key, i % 2 == 0 ? b : a, "image/jpeg", Ct);
            }
            finally { await writing.CancelAsync(); }
        }, Ct);

        var reads = 0;
        while (!writing.IsCancellationRequested)
        {
            var seen = await OpenBytesAsync(key);
            Assert.NotNull(seen);
            Assert.True(seen.AsSpan().SequenceEqual(a) || seen.AsSpan().SequenceEqual(b),
                $"read {reads}: a torn photo of {seen.Length} bytes");
            reads++;
        }
        await writer;
        Assert.True(reads > 0);
    }

    [Fact]
    public void Relative_folders_are_made_absolute()
    {
        var store = new LocalFolderPhotoStore("data/photos");
        Assert.Equal(Path.GetFullPath("data/photos"), store.Folder);
    }
}
