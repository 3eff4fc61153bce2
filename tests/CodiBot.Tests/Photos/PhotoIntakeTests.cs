using CodiBot.Line;
using CodiBot.Line.Messaging;
using CodiBot.Photos;
using CodiBot.Simulator;
using CodiBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using CodiBot.Testing;

namespace CodiBot.Tests.Photos;

/// <summary>
/// <see cref="PhotoIntake"/> with the real LINE client against the stand-in LINE data host (every request checked
/// against LINE's spec) and a real photo folder.
/// </summary>
public sealed class PhotoIntakeTests : IAsyncLifetime
{
    static readonly DateOnly Day = new(2026, 11, 24);

    readonly string _folder = Path.Combine(Path.GetTempPath(), "codibot-intake", Guid.NewGuid().ToString("N"));
    readonly InstantDelays _time = new();
    readonly CancellationTokenSource _timeout = new(HangGuard.Limit);
    LineStandIn _line = null!;
    ServiceProvider _services = null!;
    PhotoIntake _intake = null!;

    LinePlatform Platform => _line.Platform;
    IPhotoStore Store => _services.GetRequiredService<IPhotoStore>();
    CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        _line = await LineStandIn.StartAsync();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Line:ChannelSecret"] = "secret",
            ["Line:ChannelAccessToken"] = LineStandIn.AccessToken,
            ["Line:ApiBaseUrl"] = _line.BaseUri.ToString(),
            ["Line:DataApiBaseUrl"] = _line.BaseUri.ToString(),
            ["Line:Retry:MaxAttempts"] = "1",
            ["Photos:Folder"] = _folder,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddLineClient(config).AddPhotoStore(config).BuildServiceProvider();
        // The instant clock only for the intake's own waits: the LINE client's timeouts keep real time.
        _intake = new PhotoIntake(_services.GetRequiredService<LineClient>(), Store, _time, NullLogger<PhotoIntake>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _line.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_photo_is_downloaded_checked_and_stored_under_its_day_and_message_id()
    {
        Platform.StoreContent("900001", TestImages.Jpeg(), "image/jpeg");

        var result = await _intake.TakeAsync("900001", Day, Ct);

        Assert.True(result.IsStored, result.Outcome.ToString());
        Assert.Equal("2026/11/24/900001.jpg", result.Photo.Key);
        Assert.Equal("image/jpeg", result.Photo.ContentType);
        Assert.Equal(TestImages.Jpeg(), await File.ReadAllBytesAsync(Path.Combine(_folder, "2026", "11", "24", "900001.jpg"), Ct));
        Assert.Empty(_time.Waits);
        AssertRequests("900001", 1);
    }

    [Fact]
    public async Task The_type_comes_from_the_bytes_not_from_what_LINE_declares()
    {
        Platform.StoreContent("900002", TestImages.Png(), "image/jpeg");

        var result = await _intake.TakeAsync("900002", Day, Ct);

        Assert.True(result.IsStored);
        Assert.Equal("2026/11/24/900002.png", result.Photo.Key);
        Assert.Equal("image/png", result.Photo.ContentType);
    }

    [Fact]
    public async Task While_LINE_is_preparing_the_content_it_waits_and_asks_again()
    {
        Platform.StoreContent("900003", TestImages.Gif(), "image/gif");
        Platform.MarkContentPreparing("900003");
        _time.OnWait = n => { if (n == 2) Platform.MarkContentReady("900003"); };

        var result = await _intake.TakeAsync("900003", Day, Ct);

        Assert.True(result.IsStored, result.Outcome.ToString());
        Assert.Equal(PhotoIntake.PreparingWaits.Take(2), _time.Waits);
        AssertRequests("900003", 3);
        Assert.Contains(Platform.Requests, r => r.Path.Contains("900003") && r.Status == 202);
    }

    [Fact]
    public async Task Content_still_preparing_after_about_ten_seconds_is_not_ready()
    {
        Platform.StoreContent("900004", TestImages.Jpeg(), "image/jpeg");
        Platform.MarkContentPreparing("900004");

        var result = await _intake.TakeAsync("900004", Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.NotReady, result.Outcome);
        Assert.Null(result.Photo);
        var waited = _time.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Assert.InRange(waited, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.Equal(PhotoIntake.PreparingWaits, _time.Waits);
        AssertRequests("900004", PhotoIntake.PreparingWaits.Count + 1);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Unknown_content_is_not_found()
    {
        var result = await _intake.TakeAsync("900005", Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.NotFound, result.Outcome);
        AssertRequests("900005", 1);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_unsent_photo_is_gone()
    {
        Platform.StoreContent("900006", TestImages.Jpeg(), "image/jpeg");
        Platform.MarkContentGone("900006");

        var result = await _intake.TakeAsync("900006", Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.Gone, result.Outcome);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_photo_over_ten_megabytes_is_too_large_and_not_kept()
    {
        Platform.StoreContent("900007", TestImages.Padded(TestImages.Jpeg(), PhotoCheck.MaxBytes + 1), "image/jpeg");

        var result = await _intake.TakeAsync("900007", Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.TooLarge, result.Outcome);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_photo_of_exactly_ten_megabytes_is_kept()
    {
        var photo = TestImages.Padded(TestImages.Jpeg(), PhotoCheck.MaxBytes);
        Platform.StoreContent("900008", photo, "image/jpeg");

        var result = await _intake.TakeAsync("900008", Day, Ct);

        Assert.True(result.IsStored, result.Outcome.ToString());
        Assert.Equal(PhotoCheck.MaxBytes, result.Photo.Size);
    }

    [Fact]
    public async Task Something_that_is_not_an_image_is_refused_whatever_its_declared_type()
    {
        Platform.StoreContent("900009", TestImages.TextRenamedJpg(), "image/jpeg");

        var result = await _intake.TakeAsync("900009", Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.NotAnImage, result.Outcome);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Taking_the_same_message_twice_keeps_one_photo()
    {
        Platform.StoreContent("900010", TestImages.WebP(), "image/webp");

        var first = await _intake.TakeAsync("900010", Day, Ct);
        var second = await _intake.TakeAsync("900010", Day, Ct);

        Assert.Equal(first, second);
        Assert.Equal(["900010.webp"], Directory.GetFiles(Path.Combine(_folder, "2026", "11", "24")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../900011")]
    [InlineData("900011/../../x")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_message_id_that_could_climb_out_of_the_store_is_refused_before_asking_LINE(string? messageId)
    {
        var result = await _intake.TakeAsync(messageId, Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.NoMessage, result.Outcome);
        Assert.DoesNotContain(Platform.Requests, r => r.Path.Contains("/content"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task LINE_failing_is_tried_a_few_times_then_the_photo_is_unavailable()
    {
        Platform.StoreContent("900012", TestImages.Jpeg(), "image/jpeg");
        Platform.FailNext("900012", 500, times: 100);

        var result = await _intake.TakeAsync("900012", Day, Ct);

        Assert.Equal(PhotoIntakeOutcome.Unavailable, result.Outcome);
        Assert.Equal(PhotoIntake.FailureWaits, _time.Waits);
        AssertRequests("900012", PhotoIntake.FailureWaits.Count + 1);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_failure_then_success_stores_the_photo()
    {
        Platform.StoreContent("900013", TestImages.Jpeg(), "image/jpeg");
        Platform.FailNext("900013", 503);

        var result = await _intake.TakeAsync("900013", Day, Ct);

        Assert.True(result.IsStored, result.Outcome.ToString());
        Assert.Equal([PhotoIntake.FailureWaits[0]], _time.Waits);
    }

    [Fact]
    public void The_intake_is_registered_with_the_store()
    {
        var intake = _services.GetRequiredService<PhotoIntake>();
        Assert.Same(intake, _services.GetRequiredService<PhotoIntake>());
        Assert.IsType<LocalFolderPhotoStore>(Store);
    }

    void AssertRequests(string messageId, int count)
    {
        var calls = Platform.Requests.Where(r => r.Path == $"/v2/bot/message/{messageId}/content").ToList();
        Assert.Equal(count, calls.Count);
        Assert.All(calls, c => Assert.Equal("GET", c.Method));
        Assert.Empty(_line.SpecErrors());
    }

    async Task AssertNothingStoredAsync()
    {
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Any(),
            "a refused photo left a file in the photo folder");
        Assert.Null(await Store.OpenAsync("2026/11/24/900007.jpg", Ct));
    }
}
