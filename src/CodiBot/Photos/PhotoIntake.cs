using CodiBot.Line.Messaging;

namespace CodiBot.Photos;

/// <summary>
/// Takes a photo a leader sent: downloads it from LINE's data host at once (LINE deletes content after a while),
/// checks what it really is, and stores it under <c>yyyy/MM/dd/{messageId}.{ext}</c>. Taking the same message
/// again stores the same key, so a retried event does no harm. Every way it can end is an outcome the person is told
/// about: LINE or the store failing is retried a few times, then given up as <see cref="PhotoIntakeOutcome.Unavailable"/>.
/// </summary>
public sealed partial class PhotoIntake(LineClient line, IPhotoStore store, TimeProvider time, ILogger<PhotoIntake> logger)
{
    /// <summary>Waits between asks while LINE answers 202 Preparing: 10 s in all, then <see cref="PhotoIntakeOutcome.NotReady"/>.</summary>
    public static readonly IReadOnlyList<TimeSpan> PreparingWaits =
        [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)];

    /// <summary>Waits after a failed try (each try is itself retried by the LINE client), then <see cref="PhotoIntakeOutcome.Unavailable"/>.</summary>
    public static readonly IReadOnlyList<TimeSpan> FailureWaits = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    public async Task<PhotoIntakeResult> TakeAsync(string? lineMessageId, DateOnly day, CancellationToken ct)
    {
        // Checked before calling LINE: the id becomes part of a URL and of a storage key.
        if (!PhotoKey.IsMessageId(lineMessageId)) return PhotoIntakeResult.Failed(PhotoIntakeOutcome.NoMessage);
        for (int asks = 0, failures = 0; ; )
        {
            try
            {
                var content = await line.GetContentAsync(lineMessageId, PhotoCheck.MaxBytes, ct);
                if (content.Status != ContentStatus.Preparing) return await SettleAsync(lineMessageId, day, content, ct);
                if (asks == PreparingWaits.Count)
                {
                    LogNotReady(logger, lineMessageId, asks + 1);
                    return PhotoIntakeResult.Failed(PhotoIntakeOutcome.NotReady);
                }
                await Task.Delay(PreparingWaits[asks++], time, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                if (failures == FailureWaits.Count)
                {
                    LogUnavailable(logger, e, lineMessageId, failures + 1);
                    return PhotoIntakeResult.Failed(PhotoIntakeOutcome.Unavailable);
                }
                await Task.Delay(FailureWaits[failures++], time, ct);
            }
        }
    }

    async Task<PhotoIntakeResult> SettleAsync(string lineMessageId, DateOnly day, MessageContent content, CancellationToken ct)
    {
        if (content.Status == ContentStatus.Ready) return await StoreAsync(lineMessageId, day, content, ct);
        var outcome = content.Status switch
        {
            ContentStatus.Gone => PhotoIntakeOutcome.Gone,
            ContentStatus.TooLarge => PhotoIntakeOutcome.TooLarge,
            _ => PhotoIntakeOutcome.NotFound,
        };
        LogRefused(logger, lineMessageId, outcome, content.ContentType);
        return PhotoIntakeResult.Failed(outcome);
    }

    async Task<PhotoIntakeResult> StoreAsync(string lineMessageId, DateOnly day, MessageContent content, CancellationToken ct)
    {
        var bytes = content.Data ?? [];
        var check = PhotoCheck.Check(bytes);
        if (!check.IsPhoto)
        {
            var outcome = check.Problem == PhotoProblem.TooLarge ? PhotoIntakeOutcome.TooLarge : PhotoIntakeOutcome.NotAnImage;
            LogRefused(logger, lineMessageId, outcome, content.ContentType);
            return PhotoIntakeResult.Failed(outcome);
        }
        var photo = await store.SaveAsync(PhotoKey.For(day, lineMessageId, check.Extension), bytes, check.ContentType, ct);
        LogStored(logger, photo.Key, photo.Size);
        return PhotoIntakeResult.Stored(photo);
    }

    [LoggerMessage(LogLevel.Information, "Photo stored as {Key} ({Size} bytes)")]
    static partial void LogStored(ILogger logger, string key, long size);

    [LoggerMessage(LogLevel.Information, "Photo of message {MessageId} not stored: {Outcome} (LINE declared {DeclaredType})")]
    static partial void LogRefused(ILogger logger, string messageId, PhotoIntakeOutcome outcome, string? declaredType);

    [LoggerMessage(LogLevel.Warning, "Photo of message {MessageId} not taken after {Tries} tries; given up")]
    static partial void LogUnavailable(ILogger logger, Exception error, string messageId, int tries);

    [LoggerMessage(LogLevel.Warning, "Photo of message {MessageId} still preparing after {Attempts} asks; given up")]
    static partial void LogNotReady(ILogger logger, string messageId, int attempts);
}
