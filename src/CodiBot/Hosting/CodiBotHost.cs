namespace CodiBot.Hosting;

/// <summary>Builds the whole service; Program and the tests share it so tests run the real thing.</summary>
public static class CodiBotHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapGet("/", () => "CodiBot");
        return app;
    }
}
