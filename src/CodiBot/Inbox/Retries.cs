namespace CodiBot.Inbox;

/// <summary>The retry rules shared by the inbox worker and the outbox sender.</summary>
public static class Retries
{
    /// <summary>When the next attempt is due: the base delay doubled for each attempt already made.</summary>
    public static long NextAttemptAt(long now, TimeSpan baseDelay, int attempts) =>
        now + (long)(baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempts - 1)));

    /// <summary>A short, storable account of an error (kept on the row and shown by /healthz).</summary>
    public static string Describe(Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        return text.Length <= 1000 ? text : text[..1000];
    }
}
