using System.Collections.Concurrent;
using CodiBot.Dialogs.Engine;

namespace CodiBot.Photos;

/// <summary>
/// Photo downloads run beside event handling, never inside it: LINE may answer "preparing" for seconds, or fail and be
/// retried, and a batch of events must not wait for that. The first turn that needs a photo starts its download and
/// is put off (<see cref="PhotoPending"/>); the inbox takes the turn up again when the download has finished. The
/// turn's event stays pending meanwhile, so a restart loses nothing: the download simply starts again.
/// </summary>
public sealed class PhotoDownloads(PhotoIntake intake) : IDisposable
{
    readonly ConcurrentDictionary<string, Task<PhotoIntakeResult>> _downloads = new();
    readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// The finished download of the message (handed over once: asking again downloads again), or throws
    /// <see cref="PhotoPending"/> after starting it. A message id that cannot be a photo's is answered at once.
    /// </summary>
    public PhotoIntakeResult Take(string? messageId, DateOnly day)
    {
        if (!PhotoKey.IsMessageId(messageId)) return PhotoIntakeResult.Failed(PhotoIntakeOutcome.NoMessage);
        var download = _downloads.GetOrAdd(messageId, id => Task.Run(() => intake.TakeAsync(id, day, _stopping.Token)));
        if (!download.IsCompleted) throw new PhotoPending(messageId, download);
        _downloads.TryRemove(KeyValuePair.Create(messageId, download));
        return download.GetAwaiter().GetResult();
    }

    /// <summary>The photo as a dialog answer, or the Thai (or English) sentence that tells the person what became of it.</summary>
    public (PhotoAnswer? Photo, string? Problem) Answer(string? messageId, DateOnly day, bool english)
    {
        var result = Take(messageId, day);
        return result.IsStored
            ? (new PhotoAnswer(result.Photo.Key, result.Photo.ContentType, result.Photo.Size, messageId), null)
            : (null, PhotoWords.Problem(result.Outcome, english));
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}

/// <summary>Thrown by a turn whose photo is still downloading: the turn is put off until <see cref="Download"/> ends.</summary>
public sealed class PhotoPending(string messageId, Task download) : Exception($"Photo of message {messageId} is still downloading")
{
    public Task Download { get; } = download;
}
