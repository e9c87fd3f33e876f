using HopTac.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

Console.OutputEncoding = System.Text.Encoding.UTF8;
var console = new CliConsole(Console.Out, Console.Error, Console.IsInputRedirected ? Console.OpenStandardInput() : null, !Console.IsErrorRedirected);
return await CliApp.RunAsync(args, console, cancellation.Token).ConfigureAwait(false);
