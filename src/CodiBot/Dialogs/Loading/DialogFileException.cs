namespace CodiBot.Dialogs.Loading;

/// <summary>A dialog file that cannot be used; the message names the file, the line and the problem.</summary>
public sealed class DialogFileException(string file, int line, string problem)
    : Exception($"{file} line {line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
