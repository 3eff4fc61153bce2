namespace CodiBot.Tests.Infrastructure;

/// <summary>Files of the repository the tests were built from (found by walking up to CodiBot.sln).</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CodiBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CodiBot.sln not found above " + AppContext.BaseDirectory);
    }
}
