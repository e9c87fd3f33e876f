namespace HopTac.Storage.Knowledge;

/// <summary>
/// Why a curator's edit was refused, as data, so each interface can say it in its own language: Code names the rule
/// (see <see cref="FactEdits"/>), Field and Value what was wrong, Allowed the values or fields that would do.
/// <see cref="Message"/> is the English sentence the CLI and the API print.
/// </summary>
public sealed record FactEditError(string Code, string? Field, string? Value, IReadOnlyList<string> Allowed, string Message);
