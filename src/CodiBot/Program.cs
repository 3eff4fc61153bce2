using CodiBot.Hosting;

var app = CodiBotHost.Build(args);
app.Run();

/// <summary>Exposed so tests and the benchmark can host the real app on Kestrel.</summary>
public partial class Program;
