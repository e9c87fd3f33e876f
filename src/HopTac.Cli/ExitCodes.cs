namespace HopTac.Cli;

/// <summary>The exit codes of style.md.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int InputRejected = 2;
    public const int StorageFailure = 3;
}
