using Spectre.Console;

namespace HopTac.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, Stream? input, bool interactive)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public Stream? In { get; } = input;

    /// <summary>Whether a person watches standard error (progress bars only then).</summary>
    public bool Interactive { get; } = interactive;

    public IAnsiConsole Tables { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    public IAnsiConsole Messages { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    /// <summary>Reads an environment variable (HOPTAC_CURATOR); tests give their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public void Fail(string message) => Error.WriteLine($"hoptac: {message}");
}
