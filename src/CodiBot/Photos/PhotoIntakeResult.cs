using System.Diagnostics.CodeAnalysis;

namespace CodiBot.Photos;

public enum PhotoIntakeOutcome
{
    Stored,
    /// <summary>Over <see cref="PhotoCheck.MaxBytes"/>.</summary>
    TooLarge,
    /// <summary>The bytes are not a JPEG, PNG, GIF, WebP or HEIC image, whatever LINE declared.</summary>
    NotAnImage,
    /// <summary>The user unsent the message (410).</summary>
    Gone,
    /// <summary>LINE does not know the message, or has already deleted its content (404).</summary>
    NotFound,
    /// <summary>LINE was still preparing the content (202) after every wait.</summary>
    NotReady,
    /// <summary>The event names no message id that could be a photo's (none, or one like <c>../x</c>): LINE is not asked.</summary>
    NoMessage,
    /// <summary>LINE's data host or the photo store kept failing (5xx, timeouts) through every retry.</summary>
    Unavailable,
}

/// <summary>What became of a photo: stored, or a failure the caller turns into a Thai message.</summary>
public sealed record PhotoIntakeResult(PhotoIntakeOutcome Outcome, StoredPhoto? Photo)
{
    [MemberNotNullWhen(true, nameof(Photo))]
    public bool IsStored => Outcome == PhotoIntakeOutcome.Stored;

    public static PhotoIntakeResult Stored(StoredPhoto photo) => new(PhotoIntakeOutcome.Stored, photo);

    public static PhotoIntakeResult Failed(PhotoIntakeOutcome outcome) =>
        outcome == PhotoIntakeOutcome.Stored ? throw new ArgumentOutOfRangeException(nameof(outcome)) : new(outcome, null);
}
